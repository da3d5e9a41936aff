import type { ClaimIndex, IndexedAttribution } from '../core/index/schema';

function who(a: IndexedAttribution, index: ClaimIndex): string {
  const doc = index.documents.find((d) => d.id === a.documentId);
  const where = [doc?.title ?? a.documentId, doc?.outlet ?? 'outlet unknown', doc?.date ?? 'date unknown'].join(', ');
  return `${a.actor}${a.role ? ` (${a.role})` : ''}: “${a.quote}” [${where}]`;
}

/** Every claim with who asserted it and who denied or disputed it, for a person to read. */
export function formatClaims(index: ClaimIndex): string {
  const lines: string[] = [];
  for (const c of index.claims) {
    lines.push(`${c.id}  ${c.text}`);
    const groups: [string, IndexedAttribution[]][] = [
      ['asserted by', c.attributions.filter((a) => a.stance === 'asserts')],
      ['denied by', c.attributions.filter((a) => a.stance === 'denies')],
      ['disputed by', c.attributions.filter((a) => a.stance === 'disputes')],
    ];
    for (const [label, list] of groups) for (const a of list) lines.push(`    ${label.padEnd(12)} ${who(a, index)}`);
    lines.push('');
  }
  return lines.join('\n');
}
