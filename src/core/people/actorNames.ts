import { ENTITY_ALIASES } from '../lexicon/gazetteer';
import { TITLE_WORDS } from '../lexicon/titles';

/** Words that say nothing about who a source is: articles and vague qualifiers. */
const FILLER = new Set(['the', 'a', 'an', 'unnamed', 'anonymous', 'some', 'several', 'multiple']);

function words(name: string): string[] {
  return name.toLowerCase().replace(/\./gu, '').replace(/[’']s\b/gu, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * One key for the variant names a source goes by in different sentences and documents
 * ("The U.S.", "The US", "Unnamed US officials"): place names become their gazetteer
 * entity, and articles, vague qualifiers and titles drop out. Names with nothing left
 * keep their full lower-cased form.
 */
export function actorKey(name: string): string {
  const all = words(name);
  const kept = all.filter((w) => !FILLER.has(w) && !TITLE_WORDS.has(w)).map((w) => ENTITY_ALIASES.get(w) ?? w);
  return (kept.length > 0 ? kept : all).join(' ');
}

/** The last word of a person's name ("Peskov" of "Dmitry Peskov", "Mr Peskov"), lower-cased; null when the name is one word or a place. */
function surname(name: string): string | null {
  const kept = words(name).filter((w) => !FILLER.has(w) && !TITLE_WORDS.has(w));
  const last = kept[kept.length - 1];
  return last && !ENTITY_ALIASES.has(last) ? last : null;
}

/** True when two names, as two texts give them, plausibly name the same speaker: same key, or same surname. */
export function sameSpeaker(a: string, b: string): boolean {
  if (actorKey(a) === actorKey(b)) return true;
  const sa = surname(a);
  return sa !== null && sa === surname(b);
}

/**
 * Each source once, however many variant names it has: the longest variant speaks for
 * the group (it usually says the most). Order follows first mention.
 */
export function distinctActors(names: readonly string[]): string[] {
  const groups = new Map<string, string>();
  for (const name of names) {
    const key = actorKey(name);
    const held = groups.get(key);
    if (held === undefined || name.length > held.length) groups.set(key, name);
  }
  return [...groups.values()];
}
