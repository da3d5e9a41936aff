import { stemmer } from 'stemmer';
import { INVISIBLE_CHARS } from './fold';

/** A word of a text with its offsets; `lower` has possessives and dots removed. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Starts with a capital letter (a name, or a sentence's first word). */
  capitalized: boolean;
}

// Dotted acronyms ("U.S.") are one token; apostrophes inside words are kept ("don't").
const WORD = new RegExp(`(?:\\p{Lu}\\.){2,}|[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}${INVISIBLE_CHARS}]*(?:['\\u2019][\\p{L}]+)*`, 'gu');

const NEEDS_CLEANING = new RegExp(`[${INVISIBLE_CHARS}'\\u2019.]`, 'u');
const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]`, 'gu');

/** Splits text into word tokens with offsets relative to `offset`. */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    let lower = raw.toLowerCase();
    // Most words need none of this: test once before four replacements (this runs for every word of a page).
    if (NEEDS_CLEANING.test(lower)) {
      lower = lower
        .replace(INVISIBLE, '')
        .replace(/['\u2019]s$/u, '')
        .replace(/['\u2019]/gu, "'")
        .replace(/\./gu, '');
    }
    const start = offset + (m.index ?? 0);
    // A capital letter is one whose lower case differs (cheaper than a Unicode property test on every word).
    const first = raw[0] as string;
    out.push({ text: raw, lower, start, end: start + raw.length, capitalized: first !== first.toLowerCase() });
  }
  return out;
}

const stemCache = new Map<string, string>();

/** Porter stem of a lower-case word, cached: the matcher stems the same words again and again. */
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = stemmer(word);
    if (stemCache.size < 50_000) stemCache.set(word, s);
  }
  return s;
}
