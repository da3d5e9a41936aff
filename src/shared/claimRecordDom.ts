import { documentDetails, documentLabel, type AttributionView, type ClaimView, type DocumentView } from './claimView';

/** Creates an element with text content only (never HTML), for every UI we build. */
export function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * The documents a record cites, numbered in order of first use, so each document is named
 * once (in a list under the record or the card) rather than under every quote.
 */
export class SourceNotes {
  private readonly docs = new Map<string, { n: number; doc: DocumentView }>();

  /** The document's number, assigning the next one on first use. */
  number(doc: DocumentView): number {
    const held = this.docs.get(doc.id);
    if (held) return held.n;
    const n = this.docs.size + 1;
    this.docs.set(doc.id, { n, doc });
    return n;
  }

  /** The number a document already has, or null when no quote has cited it yet. */
  numberOf(documentId: string): number | null {
    return this.docs.get(documentId)?.n ?? null;
  }

  /** The numbered list of the cited documents: label, outlet and date (saying so where unknown). */
  render(doc: Document): HTMLElement {
    const list = el(doc, 'ol', 'source-notes');
    for (const { n, doc: d } of this.docs.values()) {
      const li = el(doc, 'li', 'source-note');
      li.value = n;
      li.dataset.documentId = d.id;
      li.append(el(doc, 'span', 'source-label', documentLabel(d)));
      const details = documentDetails(d);
      if (details.length > 0) li.append(el(doc, 'span', 'source-detail', ` (${details.join(', ')})`));
      list.append(li);
    }
    const section = el(doc, 'section', 'sources');
    section.append(el(doc, 'h3', 'side-heading', 'Sources'), list);
    return section;
  }
}

/**
 * The speaker's own words as a quotation; the reporter's account of them labelled as such,
 * never dressed as a quote (see quoteKind).
 */
export function quoteElement(doc: Document, a: Pick<AttributionView, 'quote' | 'quoteKind'>): HTMLElement {
  if (a.quoteKind === 'own-words') return el(doc, 'blockquote', 'quote own-words', a.quote);
  const account = el(doc, 'p', 'quote reported');
  account.append(el(doc, 'span', 'quote-label', 'As reported, not a quotation: '), a.quote);
  return account;
}

function attributionItem(doc: Document, a: AttributionView, notes: SourceNotes): HTMLLIElement {
  const li = el(doc, 'li', 'attribution');
  const who = el(doc, 'p', 'who');
  who.append(el(doc, 'strong', 'actor', a.actor));
  if (a.role) who.append(el(doc, 'span', 'role', `, ${a.role}`));
  if (a.stance === 'disputes') who.append(el(doc, 'span', 'stance', ' (disputes)'));
  if (a.correctedByReader) who.append(el(doc, 'span', 'corrected', ' · corrected by you'));
  const n = notes.number(a.document);
  const ref = el(doc, 'span', 'source-ref', `[${n}]`);
  ref.title = documentLabel(a.document);
  who.append(' ', ref);
  li.append(who, quoteElement(doc, a));
  return li;
}

function side(doc: Document, heading: string, sideName: 'asserted' | 'denied', list: AttributionView[], notes: SourceNotes): HTMLElement {
  const section = el(doc, 'section', `side side-${sideName}`);
  section.dataset.side = sideName;
  section.append(el(doc, 'h3', 'side-heading', heading));
  if (list.length === 0) {
    section.append(el(doc, 'p', 'empty', 'No one in the sources.'));
    return section;
  }
  const ul = el(doc, 'ul', 'attributions');
  for (const a of list) ul.append(attributionItem(doc, a, notes));
  section.append(ul);
  return section;
}

/**
 * The full attribution record of a claim: the claim, who asserted it, who denied or disputed
 * it. Shared by card, popup and panel. Quotes cite their documents by number: pass `notes`
 * to share one numbered source list between several records (the caller renders it);
 * without it the record ends with its own list.
 */
export function renderClaimRecord(doc: Document, claim: ClaimView, notes?: SourceNotes): HTMLElement {
  const own = notes ?? new SourceNotes();
  const root = el(doc, 'article', 'claim-record');
  root.dataset.claimId = claim.id;
  root.append(
    el(doc, 'h2', 'claim-text', claim.text),
    side(doc, 'Asserted by', 'asserted', claim.asserted, own),
    side(doc, 'Denied / disputed by', 'denied', claim.deniedOrDisputed, own),
  );
  if (!notes) root.append(own.render(doc));
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
.corrected { color: #5b3cc4; font-weight: 600; }
.quote.reported { font-style: normal; }
.quote-label { color: #64748b; font-size: 11.5px; }
.quote { margin: 2px 0; font-style: italic; font-size: 13px; line-height: 1.4; }
.source-ref { color: #475569; font-size: 11px; }
.sources { margin: 8px 0 0; }
.source-notes { margin: 0; padding-left: 22px; color: #334155; font-size: 12px; }
.source-detail { color: #64748b; }
.empty { margin: 0; color: #64748b; font-size: 13px; }
`;
