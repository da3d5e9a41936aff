/** Turns the words of a statement into a short claim a reader can scan: no quote marks, a capital, a full stop, at most ~200 characters. */
export function canonicalClaimText(words: string): string {
  let t = words
    .replace(/[\u201C\u201D"]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^(?:that|while|as)\s+/iu, '')
    .replace(/[\s,;:.]+$/u, '');
  if (t.length > 200) t = `${t.slice(0, t.lastIndexOf(' ', 197))}…`;
  return `${t.replace(/^\p{Ll}/u, (c) => c.toUpperCase())}${t.endsWith('…') ? '' : '.'}`;
}
