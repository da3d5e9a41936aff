import type { ClaimIndex, IndexedAttribution, IndexedDocument } from '../core/index/schema';
import { el } from '../shared/claimRecordDom';

/** A document's full text as text nodes, with each attributed quote wrapped in a <mark> (built with createElement, never HTML). */
export function renderDocumentText(index: ClaimIndex, doc: IndexedDocument): HTMLElement {
  const quotes: { a: IndexedAttribution; claimText: string }[] = [];
  for (const claim of index.claims) {
    for (const a of claim.attributions) if (a.documentId === doc.id) quotes.push({ a, claimText: claim.text });
  }
  quotes.sort((x, y) => x.a.start - y.a.start || y.a.end - x.a.end);
  const body = el(document, 'div', 'doc-text');
  let at = 0;
  for (const { a, claimText } of quotes) {
    if (a.start < at || a.end > doc.text.length) continue; // overlapping quotes: the first one wins
    if (a.start > at) body.append(document.createTextNode(doc.text.slice(at, a.start)));
    const mark = el(document, 'mark', `stance-${a.stance}`, doc.text.slice(a.start, a.end));
    mark.title = `${a.actor} ${a.stance === 'asserts' ? 'asserts' : a.stance === 'denies' ? 'denies' : 'disputes'}: ${claimText}`;
    body.append(mark);
    at = a.end;
  }
  if (at < doc.text.length) body.append(document.createTextNode(doc.text.slice(at)));
  return body;
}
