/** Characters a sentence may end on after its last word. */
const CLOSERS = new Set([' ', '\t', '\n', '.', '!', '?', '"', '\u201D', '\u2019', "'", ')', ']']);

/**
 * How many closing punctuation marks and spaces end `text`, counted by a loop: a pattern
 * anchored at the end would retry every run of spaces, in quadratic time on a long one.
 */
export function closingLength(text: string): number {
  let end = text.length;
  while (end > 0 && CLOSERS.has(text[end - 1] as string)) end--;
  return text.length - end;
}
