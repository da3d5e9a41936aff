import type { AttributionView, ClaimView, DocumentView } from './claimView';

/** Creates an element with text content only (never HTML), for every UI we build. */
export function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** "title — outlet, date", saying so where the index does not know. */
function describeSource(doc: DocumentView): string {
  return `${doc.title ? `“${doc.title}”` : `untitled document beginning “${doc.opening}”`} — ${doc.outlet ?? 'outlet unknown'}, ${doc.date ?? 'date unknown'}`;
}

/** "Asserted by A, B · Denied or disputed by C", for one-line summaries in result lists. */
export function summariseSides(claim: ClaimView): string {
  const names = (list: AttributionView[]): string => [...new Set(list.map((a) => a.actor))].join(', ') || 'no one in the sources';
  return `Asserted by ${names(claim.asserted)} · Denied or disputed by ${names(claim.deniedOrDisputed)}`;
}

function attributionItem(doc: Document, a: AttributionView): HTMLLIElement {
  const li = el(doc, 'li', 'attribution');
  const who = el(doc, 'p', 'who');
  who.append(el(doc, 'strong', 'actor', a.actor));
  if (a.role) who.append(el(doc, 'span', 'role', `, ${a.role}`));
  if (a.stance === 'disputes') who.append(el(doc, 'span', 'stance', ' (disputes)'));
  li.append(who, el(doc, 'blockquote', 'quote', a.quote), el(doc, 'p', 'source', describeSource(a.document)));
  return li;
}

function side(doc: Document, heading: string, sideName: 'asserted' | 'denied', list: AttributionView[]): HTMLElement {
  const section = el(doc, 'section', `side side-${sideName}`);
  section.dataset.side = sideName;
  section.append(el(doc, 'h3', 'side-heading', heading));
  if (list.length === 0) {
    section.append(el(doc, 'p', 'empty', 'No one in the sources.'));
    return section;
  }
  const ul = el(doc, 'ul', 'attributions');
  for (const a of list) ul.append(attributionItem(doc, a));
  section.append(ul);
  return section;
}

/** The full attribution record of a claim: the claim, who asserted it, who denied or disputed it. Shared by card, popup and panel. */
export function renderClaimRecord(doc: Document, claim: ClaimView): HTMLElement {
  const root = el(doc, 'article', 'claim-record');
  root.dataset.claimId = claim.id;
  root.append(
    el(doc, 'h2', 'claim-text', claim.text),
    side(doc, 'Asserted by', 'asserted', claim.asserted),
    side(doc, 'Denied / disputed by', 'denied', claim.deniedOrDisputed),
  );
  return root;
}

/** Styles for a claim record, shared by every surface that shows one. */
export const CLAIM_RECORD_CSS = `
.claim-record { display: block; }
.claim-text { font-size: 15px; line-height: 1.35; margin: 0 0 10px; font-weight: 650; }
.side { margin: 8px 0 0; }
.side-heading { font-size: 11px; letter-spacing: .06em; text-transform: uppercase; margin: 0 0 4px; }
.side-asserted .side-heading { color: #1d4ed8; }
.side-denied .side-heading { color: #b45309; }
.attributions { list-style: none; margin: 0; padding: 0; }
.attribution { margin: 0 0 8px; padding: 0 0 0 8px; border-left: 3px solid #cbd5e1; }
.side-asserted .attribution { border-left-color: #3b82f6; }
.side-denied .attribution { border-left-color: #f59e0b; border-left-style: dashed; }
.who { margin: 0; font-size: 13px; }
.role, .stance { color: #475569; }
.quote { margin: 2px 0; font-style: italic; font-size: 13px; line-height: 1.4; }
.source { margin: 0; color: #64748b; font-size: 12px; }
.empty { margin: 0; color: #64748b; font-size: 13px; }
`;
