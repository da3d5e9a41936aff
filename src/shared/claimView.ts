import type { AttributionStance } from '../core/index/schema';
import type { QuoteKind } from '../core/quote/quoteKind';

/** A source document as a reader sees it in a card or a list; unknown metadata stays null and the UI says so. */
export interface DocumentView {
  id: string;
  title: string | null;
  outlet: string | null;
  date: string | null;
  url: string | null;
  /** The first words of the document: how a reader tells untitled documents apart. */
  opening: string;
}

/**
 * How a reader tells documents apart: the title; else its outlet and date where known
 * ("BGNES, 2024-04-12", "Report dated 2022-03-15"); else its opening words.
 */
export function documentLabel(doc: Pick<DocumentView, 'title' | 'outlet' | 'date' | 'opening'>): string {
  if (doc.title) return doc.title;
  if (doc.outlet && doc.date) return `${doc.outlet}, ${doc.date}`;
  if (doc.outlet) return `${doc.outlet}, undated`;
  if (doc.date) return `Report dated ${doc.date}`;
  return `“${doc.opening}”`;
}

/**
 * What a citation adds to a document's label: the outlet and date when the label is a
 * title, and "outlet unknown" / "date unknown" for what neither says ("BGNES, undated" already does).
 */
export function documentDetails(doc: Pick<DocumentView, 'title' | 'outlet' | 'date'>): string[] {
  const labelled = !doc.title;
  return [
    doc.outlet ? (labelled ? null : doc.outlet) : 'outlet unknown',
    doc.date ? (labelled ? null : doc.date) : labelled && doc.outlet ? null : 'date unknown',
  ].filter((d): d is string => d !== null);
}

/** One person's statement about a claim, with the document it appears in, ready to render. */
export interface AttributionView {
  actor: string;
  role: string | null;
  stance: AttributionStance;
  quote: string;
  document: DocumentView;
  /** The speaker's own words (in quotation marks in the source), or the reporter's account of them. */
  quoteKind: QuoteKind;
  /** The reader corrected this attribution's actor or stance (see IndexedAttribution.corrected). */
  correctedByReader?: true;
}

/** A claim split into who asserted it and who denied or disputed it: what every UI surface shows. */
export interface ClaimView {
  id: string;
  text: string;
  asserted: AttributionView[];
  deniedOrDisputed: AttributionView[];
}

/** True when someone in the sources denies or disputes the claim: the page shows it as contested. */
export function isContested(claim: ClaimView): boolean {
  return claim.deniedOrDisputed.length > 0;
}
