import { resolveRelativeDate as r } from "../src/time/index.ts"; console.log(r("next November","2024-06"), r("this November","2024-06"), r("last February","2024-03"))
