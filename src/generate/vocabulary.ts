/**
 * Word lists for the corpus generator. Names are invented combinations of common first and last
 * names; countries and cities are real so that texts read like news, but every statement the
 * generator writes is made up.
 */

/** Country name, capital (used as the government's alias, as in "Moscow said"), ISO code. */
export const COUNTRIES: readonly (readonly [string, string, string])[] = [
  ['Argentina', 'Buenos Aires', 'AR'],
  ['Australia', 'Canberra', 'AU'],
  ['Austria', 'Vienna', 'AT'],
  ['Belgium', 'Brussels', 'BE'],
  ['Brazil', 'Brasilia', 'BR'],
  ['Canada', 'Ottawa', 'CA'],
  ['Chile', 'Santiago', 'CL'],
  ['Colombia', 'Bogota', 'CO'],
  ['Czechia', 'Prague', 'CZ'],
  ['Denmark', 'Copenhagen', 'DK'],
  ['Egypt', 'Cairo', 'EG'],
  ['Estonia', 'Tallinn', 'EE'],
  ['Ethiopia', 'Addis Ababa', 'ET'],
  ['Finland', 'Helsinki', 'FI'],
  ['France', 'Paris', 'FR'],
  ['Germany', 'Berlin', 'DE'],
  ['Ghana', 'Accra', 'GH'],
  ['Greece', 'Athens', 'GR'],
  ['Hungary', 'Budapest', 'HU'],
  ['India', 'New Delhi', 'IN'],
  ['Indonesia', 'Jakarta', 'ID'],
  ['Ireland', 'Dublin', 'IE'],
  ['Italy', 'Rome', 'IT'],
  ['Japan', 'Tokyo', 'JP'],
  ['Kenya', 'Nairobi', 'KE'],
  ['Latvia', 'Riga', 'LV'],
  ['Lithuania', 'Vilnius', 'LT'],
  ['Malaysia', 'Kuala Lumpur', 'MY'],
  ['Mexico', 'Mexico City', 'MX'],
  ['Morocco', 'Rabat', 'MA'],
  ['Netherlands', 'The Hague', 'NL'],
  ['New Zealand', 'Wellington', 'NZ'],
  ['Nigeria', 'Abuja', 'NG'],
  ['Norway', 'Oslo', 'NO'],
  ['Peru', 'Lima', 'PE'],
  ['Philippines', 'Manila', 'PH'],
  ['Poland', 'Warsaw', 'PL'],
  ['Portugal', 'Lisbon', 'PT'],
  ['Romania', 'Bucharest', 'RO'],
  ['Senegal', 'Dakar', 'SN'],
  ['Singapore', 'Singapore', 'SG'],
  ['South Africa', 'Pretoria', 'ZA'],
  ['Spain', 'Madrid', 'ES'],
  ['Sweden', 'Stockholm', 'SE'],
  ['Switzerland', 'Bern', 'CH'],
  ['Thailand', 'Bangkok', 'TH'],
  ['Turkey', 'Ankara', 'TR'],
  ['Ukraine', 'Kyiv', 'UA'],
  ['Uruguay', 'Montevideo', 'UY'],
  ['Vietnam', 'Hanoi', 'VN'],
];

/** Given names, combined with LAST_NAMES into invented people. */
export const FIRST_NAMES: readonly string[] = (
  'Aaron Abigail Adam Adriana Ahmed Aiko Alan Alejandro Alexei Alice Amara Amir Ana Anders Andrea Angela ' +
  'Anika Anna Antonio Arjun Astrid Ayesha Beatriz Benjamin Bianca Boris Camila Carlos Carmen Catherine Chen ' +
  'Chiara Chloe Claire Daniel Daria David Diego Dmitri Elena Elif Elijah Emeka Emil Emma Erik Esther Fatima ' +
  'Felipe Fiona Francesca Gabriel Grace Hana Hannah Hassan Helena Henrik Hiroshi Ibrahim Ingrid Irina Isaac ' +
  'Isabel Ivan Jakub Jana Javier Jin Johan Jonas Jorge Julia Kamal Karin Katarzyna Kenji Kofi Lars Laura ' +
  'Leila Lena Leon Liam Lina Lucia Luis Maja Marco Maria Marek Marta Mateo Mei Mikhail Miriam Nadia Naomi ' +
  'Nikolai Nina Olga Omar Oscar Pablo Paolo Pedro Petra Priya Rafael Rahul Ravi Rosa Ruth Samuel Sara ' +
  'Sebastian Sofia Stefan Sven Tariq Tomas Valentina Viktor Yara Yusuf Zara Zoltan'
).split(' ');

/** Family names; also the alias of the best-known officials ("Kowalski"). */
export const LAST_NAMES: readonly string[] = (
  'Abe Adeyemi Aguilar Ahmadi Alvarez Andersen Aoki Baker Banerjee Barros Becker Bergstrom Bianchi Bondarenko ' +
  'Brandt Castro Chaudhry Chen Costa Cruz Dahl Dimitrov Dubois Dvorak Eriksen Esposito Farouk Fernandes Fischer ' +
  'Fontaine Fujita Gallo Garcia Gomez Grant Gruber Gupta Haddad Hansen Hartmann Hayashi Herrera Hoffmann Horvat ' +
  'Huang Ivanova Jansen Jensen Jovanovic Kaminski Kato Keller Khan Kim Klein Koch Kovacs Kowalski Kramer Kumar ' +
  'Larsen Laurent Lehmann Lindqvist Lopez Lund Maier Mansour Marino Martens Medina Mendes Meyer Molina Moreau ' +
  'Moretti Morris Mueller Murphy Nagy Nakamura Navarro Nielsen Novak Nowak Nunez Okafor Olsen Ortega Osei ' +
  'Pappas Park Pavlov Pereira Petrov Popescu Quinn Ramos Reyes Ricci Rivera Rojas Romano Rossi Sato Schmidt ' +
  'Schneider Silva Singh Sokolov Sorensen Suzuki Szabo Tanaka Torres Umarov Varga Vasquez Vogel Volkov ' +
  'Wagner Wang Weber Wojcik Yamamoto Yilmaz Zhang Zimmermann'
).split(' ');

/** Offices an official can hold; the first few are the ones most often quoted. */
export const TITLES: readonly string[] = [
  'Prime Minister',
  'President',
  'Foreign Minister',
  'Defence Minister',
  'Government Spokesperson',
  'Finance Minister',
  'Trade Minister',
  'Interior Minister',
  'Energy Minister',
  'Health Minister',
  'Deputy Foreign Minister',
  'Ambassador to the United Nations',
];

/** Outlet names are a capital and one of these: "The Oslo Herald". */
export const OUTLET_SUFFIXES: readonly string[] = [
  'Times',
  'Herald',
  'Post',
  'Tribune',
  'Gazette',
  'Observer',
  'Chronicle',
  'Courier',
  'Daily News',
  'Monitor',
  'Wire',
  'Telegraph',
];

/** Think tanks are a kind and a field: "Institute for Peace Research". */
export const ORGANIZATION_FIELDS: readonly string[] = [
  'Strategic Studies',
  'Peace Research',
  'Energy Policy',
  'Security Affairs',
  'Trade and Development',
  'Human Rights',
  'Climate Security',
  'Public Health',
  'Migration Studies',
  'Maritime Affairs',
];

/** See ORGANIZATION_FIELDS. */
export const ORGANIZATION_KINDS: readonly string[] = ['Institute', 'Centre', 'Council', 'Foundation', 'Forum'];

/** Informal collectives that news reports quote as if they were one speaker. */
export const GROUPS: readonly (readonly [string, string])[] = [
  ['Western officials', 'western-officials'],
  ['Opposition lawmakers', 'opposition-lawmakers'],
  ['Independent analysts', 'independent-analysts'],
  ['Aid workers', 'aid-workers'],
  ['Industry leaders', 'industry-leaders'],
];

/** Topic slugs for claims. */
export const TOPICS: readonly string[] = [
  'arms-control',
  'border-security',
  'ceasefire-talks',
  'climate-finance',
  'cyber-security',
  'energy-supply',
  'fisheries',
  'food-security',
  'migration',
  'nuclear-programme',
  'pandemic-response',
  'refugees',
  'sanctions',
  'shipping-lanes',
  'trade-agreement',
  'water-rights',
];

/** Words for the invented quotes and claims. */
export const NOUNS: readonly string[] = (
  'agreement ceasefire sanctions talks pipeline treaty deal border programme alliance corridor tariffs ' +
  'negotiations reforms election investigation exercises deployment embargo summit framework partnership'
).split(' ');

/** Words for the invented quotes and claims. */
export const ADJECTIVES: readonly string[] = (
  'lasting fair new serious open regional peaceful balanced comprehensive binding careful direct strong ' +
  'measured urgent practical credible realistic'
).split(' ');

/** Words for the invented quotes and claims. */
export const VERBS: readonly string[] = (
  'accept support reject reconsider welcome oppose defend pursue review delay sign respect honour ' +
  'strengthen abandon'
).split(' ');

/** Who the invented quotes speak of. */
export const PEOPLE: readonly string[] = (
  'our people|our farmers|our workers|the region|our neighbours|future generations|families at the border|' +
  'our partners|the international community|ordinary citizens'
).split('|');

/** Reporting verbs and the stance they go with. */
export const CUES = {
  asserts: ['said', 'stressed', 'told reporters', 'added', 'insisted', 'warned', 'said in a statement'],
  denies: ['denied', 'dismissed', 'rejected'],
  doubts: ['questioned', 'cast doubt on'],
  hedges: ['suggested', 'hinted'],
} as const;

/** Weekday names by `Date#getUTCDay` number, for "on Wednesday". */
export const WEEKDAYS: readonly string[] = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];

/** Objects for predicates that take text, with the predicate they read well with. */
export const TEXT_PREDICATES: readonly string[] = [
  'warns',
  'proposes',
  'is-willing-to',
  'intends-to',
  'calls-for',
  'is-concerned-about',
];

/** Predicates whose object is another actor. */
export const ACTOR_PREDICATES: readonly string[] = [
  'meets',
  'visits',
  'supplies-weapons-to',
  'threatens',
  'cooperates-with',
  'has-ties-with',
  'holds-summit-with',
];

/** A word with its indefinite article: "an open", "a fair". */
export const an = (word: string): string => `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
