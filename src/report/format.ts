import { match } from 'ts-pattern';
import { MONTH_NAMES } from '../internal/month-names.js';
import type { AttributionMode, Factuality, Stance } from '../model/attribution.js';
import type { PartialDate } from '../model/partial-date.js';
import { escapeHtml } from './escape.js';

const MONTHS = MONTH_NAMES;

/**
 * A PartialDate as people read it, keeping its precision: `15 September 2023`, `September 2023`,
 * `2023`. Anything that is not a PartialDate comes back as it is.
 *
 * @param date - a PartialDate
 * @returns the date in words
 *
 * @example
 * readableDate('2023-09')
 * //=> 'September 2023'
 */
export function readableDate(date: PartialDate): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return date;
  const month = m[2] === undefined ? undefined : MONTHS[Number(m[2]) - 1];
  if (month === undefined) return m[1] as string;
  return m[3] === undefined ? `${month} ${m[1]}` : `${Number(m[3])} ${month} ${m[1]}`;
}

/**
 * A `<time>` element for a PartialDate, machine-readable in `datetime` and readable in words.
 *
 * @param date - a PartialDate
 * @returns HTML
 *
 * @example
 * timeElement('2024-06-14')
 * //=> '<time datetime="2024-06-14">14 June 2024</time>'
 */
export function timeElement(date: PartialDate): string {
  return `<time datetime="${escapeHtml(date)}">${escapeHtml(readableDate(date))}</time>`;
}

/**
 * How a mode is named in the report.
 *
 * @param mode - an attribution mode
 * @returns words for it
 *
 * @example
 * modeLabel('indirect')
 * //=> 'reported speech'
 */
export function modeLabel(mode: AttributionMode): string {
  return match(mode)
    .with('direct-quote', () => 'direct quote')
    .with('indirect', () => 'reported speech')
    .with('summary', () => 'summary')
    .with('own-voice', () => "the source's own voice")
    .exhaustive();
}

/**
 * How a stance is named in the report: a verb that reads after the speaker's name.
 *
 * @param stance - an attribution stance
 * @returns the verb
 *
 * @example
 * stanceLabel('denies')
 * //=> 'denies'
 */
export function stanceLabel(stance: Stance): string {
  return match(stance)
    .with('asserts', () => 'asserts')
    .with('denies', () => 'denies')
    .with('doubts', () => 'doubts')
    .with('hedges', () => 'hedges')
    .exhaustive();
}

/**
 * How sure the wording is, in words.
 *
 * @param factuality - an attribution factuality
 * @returns the word
 *
 * @example
 * factualityLabel('probable')
 * //=> 'probable'
 */
export function factualityLabel(factuality: Factuality): string {
  return match(factuality)
    .with('certain', () => 'certain')
    .with('probable', () => 'probable')
    .with('possible', () => 'possible')
    .with('unknown', () => 'unknown')
    .exhaustive();
}

/**
 * A count with its noun in the right number.
 *
 * @param n - the count
 * @param singular - the noun for one
 * @param pluralForm - the noun for several; default `singular` + `s`
 * @returns the phrase
 *
 * @example
 * plural(2, 'statement')
 * //=> '2 statements'
 */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : pluralForm}`;
}
