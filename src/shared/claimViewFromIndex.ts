import { proseRange } from '../core/document/sourceDocument';
import type { ClaimIndex, IndexedAttribution, IndexedClaim, IndexedDocument } from '../core/index/schema';
import { quoteKind, type QuoteKind } from '../core/quote/quoteKind';
import { documentLabel, type AttributionView, type ClaimView, type DocumentView } from './claimView';

// Building views reads the documents' text (front matter, quotation marks, sentences), so it lives
// apart from claimView.ts: the content script, which only shows views, does not carry that code.

/** The first words of a document's prose (past a metadata prefix), cut at a word, to name an untitled document. */
export function documentOpening(doc: Pick<IndexedDocument, 'text'>): string {
  const prose = doc.text.slice(proseRange(doc.text).from).replace(/\s+/gu, ' ').trim();
  if (prose.length <= 60) return prose;
  const cut = prose.lastIndexOf(' ', 60);
  return `${prose.slice(0, cut > 20 ? cut : 60)}…`;
}

/** Strips a document down to the metadata a reader sees (no full text). */
function toDocumentView(doc: IndexedDocument | undefined): DocumentView {
  return { id: doc?.id ?? '', title: doc?.title ?? null, outlet: doc?.outlet ?? null, date: doc?.date ?? null, url: doc?.url ?? null, opening: doc ? documentOpening(doc) : '' };
}

/** A stored document's label as the reader sees it (see documentLabel). */
export function indexedDocumentLabel(doc: IndexedDocument): string {
  return documentLabel(toDocumentView(doc));
}

function quoteKindOf(doc: IndexedDocument | undefined, a: IndexedAttribution): QuoteKind {
  return doc && doc.text.slice(a.start, a.end) === a.quote ? quoteKind(doc.text, a.start, a.end) : 'reported';
}

// Views are built for every claim of an index in turn: each document list is keyed by id once.
const byIdCache = new WeakMap<readonly IndexedDocument[], Map<string, IndexedDocument>>();

function documentsById(documents: readonly IndexedDocument[]): Map<string, IndexedDocument> {
  let docs = byIdCache.get(documents);
  if (!docs) byIdCache.set(documents, (docs = new Map(documents.map((d) => [d.id, d]))));
  return docs;
}

/** Resolves a claim's attributions against the index's documents, grouped by side. */
export function toClaimView(index: Pick<ClaimIndex, 'documents'>, claim: IndexedClaim): ClaimView {
  const docs = documentsById(index.documents);
  const views = claim.attributions.map((a): AttributionView => ({
    actor: a.actor,
    role: a.role,
    stance: a.stance,
    quote: a.quote,
    document: toDocumentView(docs.get(a.documentId)),
    quoteKind: quoteKindOf(docs.get(a.documentId), a),
    ...(a.corrected ? { correctedByReader: true as const } : {}),
  }));
  return {
    id: claim.id,
    text: claim.text,
    asserted: views.filter((v) => v.stance === 'asserts'),
    deniedOrDisputed: views.filter((v) => v.stance !== 'asserts'),
  };
}
