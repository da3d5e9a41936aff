import type { SourceDocument } from '../document/sourceDocument';
import type { Proposition } from '../match/proposition';

/** Version of the claim index format; bump when a field changes meaning. */
export const CLAIM_INDEX_VERSION = 2;

/** A source document of the index, exactly as read (metadata null where unknown); attribution offsets point into its text. */
export type IndexedDocument = SourceDocument;

/** How a source stands toward a claim. */
export type AttributionStance = 'asserts' | 'denies' | 'disputes';

/** One source's statement about a claim, with the exact words and where they are. */
export interface IndexedAttribution {
  actor: string;
  role: string | null;
  stance: AttributionStance;
  /** Exact words of the document that carry the statement: `document.text.slice(start, end)`. */
  quote: string;
  documentId: string;
  start: number;
  end: number;
  /** The reporting verb as written ("said", "denied", "according to"). */
  cue: string;
  /** Present when the reader corrected this attribution: what the extraction had said, before the correction. */
  corrected?: { actor?: string; stance?: AttributionStance };
}

/** A proposition stated, denied or disputed in the documents, with everyone who spoke to it. */
export interface IndexedClaim {
  id: string;
  /** Short canonical wording a reader can scan. */
  text: string;
  attributions: IndexedAttribution[];
  /** Reduced forms of the claim's wordings, precomputed for the matcher. */
  propositions: Proposition[];
}

/**
 * The part of the related-terms table the matcher needs for this index: the related stems
 * of every term its claims use, and the verb stems that find a page sentence's action.
 * Carried in the index so the extension matches with no lexical resource of its own.
 */
export interface IndexLexicon {
  verbs: string;
  /** Irregular forms of those verbs ("sold", "came"), plainly verbs wherever they stand; absent in indexes built before they were listed. */
  verbForms?: string;
  related: Record<string, string>;
  /** How rare each claim term is in news text (log2 of its frequency rank). */
  rarity: Record<string, number>;
}

/** The bundled claim index: everything the extension reads. */
export interface ClaimIndex {
  version: typeof CLAIM_INDEX_VERSION;
  documents: IndexedDocument[];
  claims: IndexedClaim[];
  lexicon: IndexLexicon;
}

/** Raised when an index cannot be used; `message` is written for a reader. */
export class ClaimIndexError extends Error {
  override name = 'ClaimIndexError';
}

function fail(what: string): never {
  throw new ClaimIndexError(`The claim index is damaged: ${what}.`);
}

function isStringOrNull(v: unknown): v is string | null {
  return v === null || typeof v === 'string';
}

function isCorrection(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const c = v as Record<string, unknown>;
  return Object.keys(c).every((k) => k === 'actor' || k === 'stance') && (c.actor === undefined || typeof c.actor === 'string') && (c.stance === undefined || ['asserts', 'denies', 'disputes'].includes(c.stance as string));
}

/**
 * Checks parsed JSON against the index format and returns it typed. Throws a
 * ClaimIndexError naming the first problem: a missing, truncated or wrong-version index
 * must be reported, never half used.
 */
export function parseClaimIndex(json: unknown): ClaimIndex {
  if (typeof json !== 'object' || json === null) fail('it is not a JSON object');
  const o = json as Record<string, unknown>;
  if (o.version !== CLAIM_INDEX_VERSION) {
    throw new ClaimIndexError(`The claim index has version ${String(o.version)}, but this version of Claimscope reads version ${CLAIM_INDEX_VERSION}. Rebuild it with "npx claimscope index".`);
  }
  if (!Array.isArray(o.documents)) fail('"documents" is missing');
  if (!Array.isArray(o.claims)) fail('"claims" is missing');
  const lexicon = o.lexicon as Record<string, unknown> | undefined;
  if (typeof lexicon?.verbs !== 'string' || typeof lexicon.related !== 'object' || lexicon.related === null || typeof lexicon.rarity !== 'object' || lexicon.rarity === null) fail('"lexicon" is missing');
  if (lexicon.verbForms !== undefined && typeof lexicon.verbForms !== 'string') fail('"lexicon.verbForms" is not a string');
  const docs = new Set<string>();
  for (const d of o.documents as unknown[]) {
    const doc = d as Record<string, unknown>;
    if (typeof doc?.id !== 'string' || typeof doc.text !== 'string') fail('a document has no id or text');
    if (![doc.title, doc.outlet, doc.date, doc.url].every(isStringOrNull)) fail(`document ${doc.id} has malformed metadata`);
    docs.add(doc.id);
  }
  for (const c of o.claims as unknown[]) {
    const claim = c as Record<string, unknown>;
    if (typeof claim?.id !== 'string' || typeof claim.text !== 'string') fail('a claim has no id or text');
    if (!Array.isArray(claim.attributions) || !Array.isArray(claim.propositions)) fail(`claim ${claim.id} has no attributions`);
    for (const a of claim.attributions as Record<string, unknown>[]) {
      if (typeof a?.actor !== 'string' || !['asserts', 'denies', 'disputes'].includes(a.stance as string)) fail(`claim ${claim.id} has a malformed attribution`);
      if (!docs.has(a.documentId as string)) fail(`claim ${claim.id} cites an unknown document`);
      if (typeof a.start !== 'number' || typeof a.end !== 'number' || typeof a.quote !== 'string') fail(`claim ${claim.id} has a quote without offsets`);
      if (a.corrected !== undefined && !isCorrection(a.corrected)) fail(`claim ${claim.id} has a malformed correction`);
    }
  }
  return json as ClaimIndex;
}
