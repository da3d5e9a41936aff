import type { QuoteDifference } from '../core/quote/compareQuote';
import type { QuoteCheck } from '../core/quote/checkPageQuote';
import { el, type SourceNotes } from './claimRecordDom';

/** Styles of a quote check, shared by the card and any page that shows one. */
export const QUOTE_CHECK_CSS = `
.quote-check { margin: 6px 0 4px; padding: 6px 8px; border-radius: 6px; font-size: 12px; }
.quote-check.exact { background: #ecfdf5; color: #065f46; border: 1px solid #a7f3d0; }
.quote-check.differs { background: #fff7ed; color: #7c2d12; border: 1px solid #fed7aa; }
.quote-check p { margin: 0; }
.quote-check ul { margin: 4px 0 0; padding-left: 18px; }
.quote-check del { text-decoration: line-through; }
.quote-check ins { text-decoration: underline; }
.quote-check .source-words { font-style: italic; }
`;

/** One difference in words a reader can check against the source. */
function describeDifference(doc: Document, d: QuoteDifference): HTMLLIElement {
  const li = el(doc, 'li', `difference difference-${d.kind}`);
  switch (d.kind) {
    case 'changed':
      li.append('Changed: the page has ', el(doc, 'ins', undefined, `“${d.to}”`), ' where the source has ', el(doc, 'del', undefined, `“${d.from}”`), '.');
      break;
    case 'added':
      li.append('Added: ', el(doc, 'ins', undefined, `“${d.words}”`), ' is not in the source.');
      break;
    case 'dropped':
      li.append('Dropped without “…”: ', el(doc, 'del', undefined, `“${d.words}”`), '.');
      break;
    case 'cut':
      li.append(d.at === 'end' ? 'Cut short: the source’s sentence goes on ' : 'Starts mid-sentence: the source’s sentence begins ', el(doc, 'span', 'source-words', `“${d.words}”`), '.');
      break;
  }
  return li;
}

/** The card's verdict on a page quotation: "quoted as in the source", or the differences word by word. */
export function renderQuoteCheck(doc: Document, check: QuoteCheck, notes: SourceNotes): HTMLElement {
  const box = el(doc, 'div', `quote-check ${check.exact ? 'exact' : 'differs'}`);
  box.dataset.verdict = check.exact ? 'exact' : 'differs';
  const n = notes.numberOf(check.documentId);
  const where = `${check.sourceActor}’s words${n === null ? ' in the sources' : ` in source [${n}]`}`;
  if (check.exact) {
    box.append(el(doc, 'p', undefined, `✓ Quoted as in the source: the page quotes ${check.speaker} word for word (${where}).`));
    return box;
  }
  const list = el(doc, 'ul');
  for (const d of check.differences) list.append(describeDifference(doc, d));
  box.append(el(doc, 'p', undefined, `≠ The page’s quotation of ${check.speaker} differs from ${where}:`), list);
  return box;
}
