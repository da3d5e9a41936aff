/**
 * Turns the words of a statement into a short claim a reader can scan: its first
 * sentence, without a trailing relative clause, quote marks or a leading conjunction,
 * with a capital and a full stop, at most ~200 characters.
 */
export function canonicalClaimText(words: string): string {
  let t = words
    .replace(/[\u201C\u201D"]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^(?:that|while|as|because|and|but|so)\s+/iu, '');
  const sentenceEnd = /[.!?]\s+(?=\p{Lu})/u.exec(t);
  if (sentenceEnd && sentenceEnd.index >= 20) t = t.slice(0, sentenceEnd.index);
  const relative = /,\s+(?:which|who|whose|where)\s/u.exec(t);
  if (relative && relative.index >= 20) t = t.slice(0, relative.index);
  t = t.replace(/[\s,;:.]+$/u, '');
  if (t.length > 200) t = `${t.slice(0, t.lastIndexOf(' ', 197))}…`;
  return `${t.replace(/^\p{Ll}/u, (c) => c.toUpperCase())}${t.endsWith('…') ? '' : '.'}`;
}
