import { CLAIM_INDEX_VERSION, ClaimIndexError, parseClaimIndex, type ClaimIndex, type IndexedClaim, type IndexedDocument } from '../core/index/schema';
import { ClaimMatcher } from '../core/match/matcher';
import { mergeWithBundled, type DocumentMeta, type MergedIndex, type SourceClaims } from '../core/reader/readerIndex';
import type { ReaderStore } from './readerStore';

/** The index the service worker answers from, or the reader-facing reason there is none. */
export type LoadedIndex = { ok: true; index: ServedIndex } | { ok: false; error: string };

/** A parsed index, or the reader-facing reason there is none. */
export type Parsed<T> = { ok: true; index: T } | { ok: false; error: string };

/** What a reader is told when the index file is missing (a version mismatch is worded by parseClaimIndex). */
export const INDEX_MISSING = 'Claimscope cannot find its list of known claims, so it cannot check any page. Reinstall Claimscope (if you built it yourself, run "npm run build").';
/** What a reader is told when the index file is cut short or is not JSON. */
const INDEX_DAMAGED = 'Claimscope’s list of known claims is damaged (the file is cut short or is not valid JSON), so it cannot check any page. Reinstall Claimscope (if you built it yourself, run "npm run build").';

/** The bundled index file's text, parsed and checked; a damaged file becomes a sentence for the reader. */
export function parseBundledIndex(body: string): Parsed<ClaimIndex> {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, error: INDEX_DAMAGED };
  }
  try {
    return { ok: true, index: parseClaimIndex(json) };
  } catch (e) {
    if (e instanceof ClaimIndexError) return { ok: false, error: e.message };
    return { ok: false, error: 'Claimscope’s list of known claims could not be read, so it cannot check any page. Reinstall Claimscope.' };
  }
}

/**
 * What the service worker answers from: the bundled index with the reader's sources, one
 * matcher over both, and the reader's document texts read only when a card, the quote check,
 * the popup or the panel needs them. The start reads no article text: the matcher needs only
 * the claims, and a reader's index of 10,000 claims carries megabytes of texts.
 */
export class ServedIndex {
  readonly matcher: ClaimMatcher;
  private byId: Map<string, IndexedClaim> | null = null;
  private readonly documentById: Map<string, IndexedDocument | DocumentMeta>;
  /** Texts of the reader's documents read so far. */
  private readonly texts = new Map<string, string>();

  constructor(
    private readonly merged: MergedIndex<DocumentMeta>,
    private readonly store: ReaderStore,
  ) {
    this.matcher = new ClaimMatcher(merged);
    this.documentById = new Map(merged.documents.map((d) => [d.id, d]));
  }

  /** Every claim, bundled first. */
  get claims(): readonly IndexedClaim[] {
    return this.merged.claims;
  }

  /** The claim with this id. */
  claim(id: string): IndexedClaim | undefined {
    this.byId ??= new Map(this.merged.claims.map((c) => [c.id, c]));
    return this.byId.get(id);
  }

  /** The documents these claims cite, with their texts (a reader's texts are read from the store the first time). */
  documentsCiting(claims: readonly IndexedClaim[]): Promise<IndexedDocument[]> {
    return this.documents(claims.flatMap((c) => c.attributions.map((a) => a.documentId)));
  }

  /** The whole index, texts included: what the popup and the side panel show. */
  async whole(): Promise<ClaimIndex> {
    const documents = await this.documents(this.merged.documents.map((d) => d.id));
    return { version: CLAIM_INDEX_VERSION, documents, claims: this.merged.claims, lexicon: this.merged.lexicon };
  }

  private async documents(ids: readonly string[]): Promise<IndexedDocument[]> {
    const wanted = [...new Set(ids)].map((id) => this.documentById.get(id)).filter((d) => d !== undefined);
    const unread = wanted.filter((d) => !('text' in d) && !this.texts.has(d.id)).map((d) => d.id);
    if (unread.length > 0) for (const [id, text] of await this.store.texts(unread)) this.texts.set(id, text);
    // Every reader's document has its text: a source's record and its text are written and removed together.
    return wanted.map((d) => ('text' in d ? d : { ...d, text: this.texts.get(d.id) ?? '' }));
  }
}

/**
 * The service worker's start once the bundled index is parsed: read the reader's claims,
 * merge them in and build one matcher over both. Kept apart from the extension API so
 * `npm run bench` times this very code, over an IndexedDB of 10,000 claims.
 */
export async function startIndex(bundled: ClaimIndex, store: ReaderStore): Promise<LoadedIndex> {
  let reader: { sources: SourceClaims[]; lexicon: { related: Record<string, string>; rarity: Record<string, number> } };
  try {
    reader = await store.claims();
  } catch {
    // A reader's store the browser cannot open (private window, disabled storage): the bundled claims still work.
    reader = { sources: [], lexicon: { related: {}, rarity: {} } };
  }
  return { ok: true, index: new ServedIndex(mergeWithBundled(bundled, reader), store) };
}
