import { extractAttributions } from '../extract/extractAttributions';
import { findQuotes } from '../extract/quotes';
import type { IndexedClaim, IndexedDocument } from '../index/schema';
import { sameSpeaker } from '../people/actorNames';
import { splitParagraphs } from '../text/sentences';
import { compareQuote, type QuoteDifference } from './compareQuote';

/** A page quotation checked against the same person's words on the same claim in a source. */
export interface QuoteCheck {
  claimId: string;
  /** The speaker as the page names them. */
  speaker: string;
  /** The speaker as the source names them. */
  sourceActor: string;
  documentId: string;
  /** The words inside the page's quotation marks. */
  pageQuote: string;
  /** The words inside the source's quotation marks. */
  sourceQuote: string;
  exact: boolean;
  differences: QuoteDifference[];
}

/** The words inside quotation marks of `text[start, end)`, joined with an elision where there are several quotations. */
function quotedWords(text: string, start: number, end: number): string | null {
  const parts: string[] = [];
  for (const paragraph of splitParagraphs(text, start, end)) {
    for (const q of findQuotes(text, paragraph)) parts.push(text.slice(q.innerStart, q.innerEnd).trim());
  }
  const words = parts.filter(Boolean);
  return words.length > 0 ? words.join(' … ') : null;
}

/** The source's own words for an attribution: the quotations inside its paragraph that overlap it. */
function sourceOwnWords(doc: IndexedDocument, start: number, end: number): string | null {
  const paragraph = splitParagraphs(doc.text).find((p) => p.start <= start && end <= p.end);
  if (!paragraph) return null;
  const overlapping = findQuotes(doc.text, paragraph).filter((q) => q.innerStart < end && q.innerEnd > start);
  if (overlapping.length === 0) return null;
  return overlapping.map((q) => doc.text.slice(q.innerStart, q.innerEnd).trim()).join(' ');
}

/**
 * Checks a page sentence that quotes someone (quotation marks plus an attribution) on an
 * indexed claim against that person's own words for the claim in the sources. `text` is
 * the page text up to and including the sentence (earlier text lets "he said" find its
 * person); the sentence is `text[start, end)`. Returns one check per source quotation of
 * the same speaker that is recognisably the same quotation, best first; none otherwise.
 */
export function checkPageQuote(text: string, start: number, end: number, claim: IndexedClaim, documents: ReadonlyMap<string, IndexedDocument>): QuoteCheck[] {
  const pageQuote = quotedWords(text, start, end);
  if (!pageQuote) return [];
  const said = extractAttributions(text, 0, end).find((a) => a.content.start < end && a.content.end > start && a.direct);
  if (!said) return [];
  const speaker = said.source.actor;
  const checks: QuoteCheck[] = [];
  for (const a of claim.attributions) {
    if (!sameSpeaker(speaker, a.actor)) continue;
    const doc = documents.get(a.documentId);
    const sourceQuote = doc ? sourceOwnWords(doc, a.start, a.end) : null;
    if (!sourceQuote) continue;
    const result = compareQuote(pageQuote, sourceQuote);
    if (result) checks.push({ claimId: claim.id, speaker, sourceActor: a.actor, documentId: a.documentId, pageQuote, sourceQuote, ...result });
  }
  return checks.sort((x, y) => x.differences.length - y.differences.length);
}
