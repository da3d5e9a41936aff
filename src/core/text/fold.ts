/**
 * Character folding that never changes string length, so every offset computed on the
 * folded text is valid in the original. News text mixes curly and straight quotes,
 * non-breaking spaces and invisible characters; the extractor and matcher see one form.
 */

const FOLD: Record<string, string> = {
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u00AB': '"', '\u00BB': '"', '\u2033': '"',
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'",
  '\u00A0': ' ', '\u2007': ' ', '\u202F': ' ', '\u2009': ' ', '\u200A': ' ', '\t': ' ',
  '\u2013': '-', '\u2014': '-', '\u2212': '-',
};

const FOLDABLE = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'gu');

/** Folds quotes, dashes and exotic spaces to ASCII, one character for one character. */
export function foldPunctuation(text: string): string {
  return text.replace(FOLDABLE, (ch) => FOLD[ch] as string);
}

/** Characters that carry no text (zero-width spaces and joiners, bidi controls, BOM, soft hyphen): words are read as if they were not there. */
export const INVISIBLE_CHARS = '\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF';
