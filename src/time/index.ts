export { formatPartialDate } from './format-partial-date.js';
export { isPartialDate, type PartialDateParts, type Precision, parsePartialDate } from './parse-partial-date.js';
export { type DayBounds, partialDateBounds } from './partial-date-bounds.js';
export {
  comparePartialDates,
  type DateRelation,
  partialDateContains,
  relatePartialDates,
} from './relate-partial-dates.js';
export { type RelativeDateOptions, type RelativeDateResult, resolveRelativeDate } from './resolve-relative-date.js';
export { type OpenBounds, whenBounds, whensOverlap } from './when-bounds.js';
