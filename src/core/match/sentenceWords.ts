import { termsOf } from '../lexicon/terms';
import { tokenize } from '../text/tokens';
import type { RelatedOf } from './pairFeatures';

/**
 * The words of a sentence that carried a claim's terms, as the reader sees them: terms are
 * stems ("independ", "oper") and may have been met by a related word ("requested" for
 * "ask"), so each is shown as the sentence's own word, or as the stem when none is found.
 */
export function sentenceWordsFor(terms: readonly string[], sentence: string, related: RelatedOf): string[] {
  const wordOf = new Map<string, string>();
  for (const token of tokenize(sentence)) for (const t of termsOf(token.lower)) if (!wordOf.has(t)) wordOf.set(t, token.text);
  return terms.map((term) => wordOf.get(term) ?? related(term).map(([r]) => wordOf.get(r)).find((w) => w !== undefined) ?? term);
}
