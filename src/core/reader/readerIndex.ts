import type { SourceDocument } from '../document/sourceDocument';
import { buildClaimIndex } from '../index/buildIndex';
import type { RelatedTerms } from '../lexicon/relatedTerms';
import { stableId } from '../index/stableId';
import { CLAIM_INDEX_VERSION, ClaimIndexError, parseClaimIndex, type ClaimIndex, type IndexedClaim, type IndexedDocument, type IndexLexicon } from '../index/schema';
import type { MatchableClaim } from '../match/matcher';

/**
 * One source the reader added, as stored: the document, the claims it carries (every
 * attribution cites this document) and the related terms of those claims' terms. Kept as
 * one record so a save or a removal is one write.
 */
export interface ReaderSource {
  document: IndexedDocument;
  claims: IndexedClaim[];
  /** Related stems and rarity of this source's claim terms; the verb list comes from the bundled index. */
  lexicon: Pick<IndexLexicon, 'related' | 'rarity'>;
}

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The terms a claim list uses, for cutting a lexicon down to them. */
function lexiconFor(claims: IndexedClaim[], lexicon: Pick<IndexLexicon, 'related' | 'rarity'>): ReaderSource['lexicon'] {
  const related: Record<string, string> = {};
  const rarity: Record<string, number> = {};
  for (const t of [...new Set(claims.flatMap((c) => c.propositions.flatMap((p) => p.terms)))].sort()) {
    // Own keys only: a claim's "constructor" is a word, not Object.prototype's.
    if (Object.hasOwn(lexicon.related, t)) related[t] = lexicon.related[t] as string;
    if (Object.hasOwn(lexicon.rarity, t)) rarity[t] = lexicon.rarity[t] as number;
  }
  return { related, rarity };
}

/** Union of lexicon sections in key order, with no verb list (the bundled index's serves); the first one that knows a term gives its entry. */
function mergeLexicons(parts: Pick<IndexLexicon, 'related' | 'rarity'>[]): IndexLexicon {
  const related = new Map<string, string>();
  const rarity = new Map<string, number>();
  for (const part of parts) {
    for (const [t, v] of Object.entries(part.related)) if (!related.has(t)) related.set(t, v);
    for (const [t, v] of Object.entries(part.rarity)) if (!rarity.has(t)) rarity.set(t, v);
  }
  const sorted = <V>(m: Map<string, V>): Record<string, V> => Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { verbs: '', related: sorted(related), rarity: sorted(rarity) };
}

/** A source as stored: its document and claims; the related terms live in one table shared by all sources. */
export type StoredSource = Omit<ReaderSource, 'lexicon'>;

/** A document without its text. */
export type DocumentMeta = Omit<IndexedDocument, 'text'>;

/** A source's claims as the page matcher reads them: their ids and wordings, nothing a card shows. */
export interface SourceWordings {
  /** The source's document id. */
  id: string;
  claims: MatchableClaim[];
}

/** What the service worker's start reads of the reader's index: each source's wordings and the lexicon of their terms. */
export interface ReaderWordings {
  sources: SourceWordings[];
  lexicon: ReaderSource['lexicon'];
}

/**
 * The reader's index as stored: the sources, and one lexicon for all their terms (each
 * term once, however many sources use it: per source, the same entries would repeat and
 * make the service worker's start read megabytes more).
 */
export interface ReaderIndexParts {
  sources: StoredSource[];
  lexicon: ReaderSource['lexicon'];
}

/** Sources as stored: their lexicons pooled into one, the first entry of a term kept. */
export function splitForStorage(sources: readonly ReaderSource[]): ReaderIndexParts {
  return {
    sources: sources.map(({ lexicon: _lexicon, ...stored }) => stored),
    lexicon: mergeLexicons(sources.map((s) => s.lexicon)),
  };
}

/**
 * The reader's sources as one claim index in the bundled index's schema: what export
 * writes and import reads. Deterministic (sources in document id order, the lexicon cut to
 * the claims' terms), so exporting what was imported gives the same bytes. The verb list is
 * left empty: it is the bundled table's, and the merged index takes it from there.
 */
export function readerIndexOf(parts: ReaderIndexParts): ClaimIndex {
  const ordered = [...parts.sources].sort((a, b) => byId(a.document, b.document));
  const claims = ordered.flatMap((s) => s.claims);
  return {
    version: CLAIM_INDEX_VERSION,
    documents: ordered.map((s) => s.document),
    claims,
    lexicon: { verbs: '', ...lexiconFor(claims, parts.lexicon) },
  };
}

/**
 * Reads an import file's text as the reader's sources. Throws a ClaimIndexError worded
 * for a reader when the file is not JSON, is another version, is malformed, or has a
 * claim that cites several documents (each stored source keeps its own claims, so a
 * removal never leaves half a claim behind).
 */
export function sourcesFromImport(text: string): ReaderSource[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ClaimIndexError('This file is not a Claimscope export: it is not valid JSON.');
  }
  const version = (json as { version?: unknown } | null)?.version;
  if (typeof json === 'object' && json !== null && version !== CLAIM_INDEX_VERSION) {
    throw new ClaimIndexError(`This file is a Claimscope index of version ${String(version)}, but this version of Claimscope reads version ${CLAIM_INDEX_VERSION}: export it again from a Claimscope of the same version.`);
  }
  let index: ClaimIndex;
  try {
    index = parseClaimIndex(json);
  } catch (e) {
    throw e instanceof ClaimIndexError ? new ClaimIndexError(`This file cannot be imported. ${e.message}`) : e;
  }
  const sources = new Map<string, ReaderSource>(index.documents.map((d) => [d.id, { document: d, claims: [], lexicon: { related: {}, rarity: {} } }]));
  for (const claim of index.claims) {
    const cited = new Set(claim.attributions.map((a) => a.documentId));
    const [only] = cited;
    if (cited.size !== 1 || only === undefined) throw new ClaimIndexError(`This file cannot be imported: claim ${claim.id} cites ${cited.size === 0 ? 'no' : 'several'} documents, and each of your sources keeps its own claims.`);
    (sources.get(only) as ReaderSource).claims.push(claim);
  }
  return [...sources.values()].map((s) => ({ ...s, lexicon: lexiconFor(s.claims, index.lexicon) }));
}

/** The id of a source the reader adds: from its URL where known, else its text, so adding the same article twice replaces it. */
export function readerDocumentId(url: string | null, text: string): string {
  return stableId('reader-', url ?? text);
}

/**
 * Extracts a new source's claims with the same builder and related-terms table as the
 * bundled index, so the reader's claims match pages exactly as bundled ones do. What
 * the review step shows and the reader corrects before anything is saved.
 */
export function draftReaderSource(document: SourceDocument, relatedTerms: RelatedTerms): ReaderSource {
  const index = buildClaimIndex([document], relatedTerms);
  const [doc] = index.documents;
  // The builder already cut the lexicon to these claims' terms; the verb list stays the bundled index's.
  return { document: doc as IndexedDocument, claims: index.claims, lexicon: { related: index.lexicon.related, rarity: index.lexicon.rarity } };
}

/** The reader's sources whose document the bundle does not have (a source the bundle has is the bundle's). */
function notInBundle<S>(bundled: ClaimIndex, sources: readonly S[], idOf: (s: S) => string): S[] {
  const known = new Set(bundled.documents.map((d) => d.id));
  return sources.filter((s) => !known.has(idOf(s)));
}

/** The bundled lexicon with the reader's entries added; the bundle's entry of a term wins. */
function withReaderLexicon(bundled: IndexLexicon, reader: ReaderSource['lexicon']): IndexLexicon {
  return { verbs: bundled.verbs, verbForms: bundled.verbForms, related: { ...reader.related, ...bundled.related }, rarity: { ...reader.rarity, ...bundled.rarity } };
}

/**
 * The bundled index with the reader's sources added: one document list, one claim list,
 * one lexicon, so the page matcher, the card, the popup and the panel see them as one.
 * A reader's source whose document id the bundle already has is left out (the bundle's copy
 * wins). Only concatenates: no sorting, no re-cutting.
 */
export function mergeWithBundled(bundled: ClaimIndex, reader: ReaderIndexParts): ClaimIndex {
  if (reader.sources.length === 0) return bundled;
  const added = notInBundle(bundled, reader.sources, (s) => s.document.id);
  return {
    version: CLAIM_INDEX_VERSION,
    documents: [...bundled.documents, ...added.map((s) => s.document)],
    claims: [...bundled.claims, ...added.flatMap((s) => s.claims)],
    lexicon: withReaderLexicon(bundled.lexicon, reader.lexicon),
  };
}

/**
 * What the page matcher reads of the bundled index with the reader's sources added, in the
 * same order and by the same rule as mergeWithBundled: the service worker's start, which reads
 * the reader's wordings only.
 */
export function wordingsWithBundled(bundled: ClaimIndex, reader: ReaderWordings): { claims: MatchableClaim[]; lexicon: IndexLexicon } {
  if (reader.sources.length === 0) return bundled;
  return { claims: [...bundled.claims, ...notInBundle(bundled, reader.sources, (s) => s.id).flatMap((s) => s.claims)], lexicon: withReaderLexicon(bundled.lexicon, reader.lexicon) };
}
