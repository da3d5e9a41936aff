/**
 * Abbreviations that end in a full stop without ending the sentence. Intl.Segmenter
 * (ICU without suppressions) breaks after all of them; the sentence splitter repairs that.
 */

/** Titles before a name: a break after them is never a sentence end. */
export const TITLE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm',
  'maj', 'cpl', 'pvt', 'rev', 'fr', 'sr', 'jr', 'st', 'hon', 'pres', 'supt', 'insp', 'det', 'amb', 'atty',
  'vs', 'v', 'cf', 'approx', 'dept', 'est', 'fig', 'vol', 'pp', 'ch', 'art', 'para', 'ave', 'blvd', 'mt', 'ft',
]);

/** Abbreviations that stand before a number ("No. 10"): not a sentence end only when a digit follows. */
export const NUMBER_ABBREVIATIONS = new Set(['no', 'nos']);

/** Month abbreviations: not a sentence end when a day number follows ("Feb. 24"). */
export const MONTH_ABBREVIATIONS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

/** Company suffixes: not a sentence end when a lower-case word follows. */
export const COMPANY_ABBREVIATIONS = new Set(['inc', 'corp', 'co', 'ltd', 'plc', 'llc', 'bros', 'assn', 'intl']);

/**
 * Words that usually open a new sentence; after "U.S." or "U.K." they mean the
 * abbreviation did end the sentence ("... imposed by the U.S. The talks ...").
 */
export const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her',
  'their', 'our', 'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'for', 'as', 'if', 'when', 'while', 'after',
  'before', 'since', 'however', 'meanwhile', 'still', 'there', 'then', 'now', 'last', 'earlier', 'later', 'some',
  'many', 'most', 'officials', 'critics', 'analysts', 'asked', 'according',
]);
