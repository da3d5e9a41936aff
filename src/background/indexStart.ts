import { ClaimIndexError, parseClaimIndex, type ClaimIndex, type IndexedClaim, type IndexedDocument } from '../core/index/schema';
import { ClaimMatcher, type MatchableClaim } from '../core/match/matcher';
import { mergeWithBundled, wordingsWithBundled, type ReaderWordings, type StoredSource } from '../core/reader/readerIndex';
import { toClaimView } from '../shared/claimViewFromIndex';
import type { ClaimView } from '../shared/claimView';
import type { ReaderStore } from './readerStore';

/** The index the service worker answers from, or the reader-facing reason there is none. */
export type LoadedIndex = Parsed<ServedIndex>;

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
 * What the service worker answers from: the bundled index with the reader's sources, and one
 * matcher over both. Its start reads only the reader's claims' wordings (what the matcher
 * needs): a reader's source is read whole (its claims' text and attributions, its document and
 * its text) the first time a card, the quote check, the popup or the panel needs it. A reader's
 * index of 10,000 claims is megabytes, most of it what a card shows.
 */
export class ServedIndex {
  readonly matcher: ClaimMatcher;
  /** Every claim the matcher reads, bundled first: the index's order. */
  private readonly matchable: readonly MatchableClaim[];
  private positions: Map<string, number> | null = null;
  /** Each reader's claim's source (its document id). */
  private sourceOfClaim: Map<string, string> | null = null;
  /** The claims and documents known whole: the bundle's, and the reader's sources read so far. */
  private readonly claimById: Map<string, IndexedClaim>;
  private readonly documentById: Map<string, IndexedDocument>;
  /** The reader's sources read whole so far, by document id. */
  private readonly read = new Map<string, StoredSource>();
  /** The cards' views built so far, by claim id: a view depends only on its claim and the documents it cites, which never change in one index. */
  private readonly viewById = new Map<string, ClaimView>();

  constructor(
    private readonly bundled: ClaimIndex,
    private readonly reader: ReaderWordings,
    private readonly store: ReaderStore,
  ) {
    const merged = wordingsWithBundled(bundled, reader);
    this.matchable = merged.claims;
    this.matcher = new ClaimMatcher(merged);
    this.claimById = new Map(bundled.claims.map((c) => [c.id, c]));
    this.documentById = new Map(bundled.documents.map((d) => [d.id, d]));
  }

  /** How many claims the matcher reads. */
  get size(): number {
    return this.matchable.length;
  }

  /** These claims whole, in the index's order; an id the index does not have is left out. */
  async claims(ids: Iterable<string>): Promise<IndexedClaim[]> {
    const positions = (this.positions ??= new Map(this.matchable.map((c, i) => [c.id, i])));
    const wanted = [...new Set(ids)].filter((id) => positions.has(id)).sort((a, b) => (positions.get(a) as number) - (positions.get(b) as number));
    const sourceOf = (this.sourceOfClaim ??= new Map(this.reader.sources.flatMap((s) => s.claims.map((c): [string, string] => [c.id, s.id]))));
    await this.readSources(wanted.flatMap((id) => (this.claimById.has(id) ? [] : (sourceOf.get(id) ?? []))));
    return wanted.flatMap((id) => this.claimById.get(id) ?? []);
  }

  /** The documents these claims cite, with their texts. */
  async documentsCiting(claims: readonly IndexedClaim[]): Promise<IndexedDocument[]> {
    const ids = [...new Set(claims.flatMap((c) => c.attributions.map((a) => a.documentId)))];
    await this.readSources(ids.filter((id) => !this.documentById.has(id)));
    return ids.flatMap((id) => this.documentById.get(id) ?? []);
  }

  /**
   * What the cards show of these claims, by claim id in the index's order (an id the index does
   * not have is left out). Each view is built once per index: every tab's scan asks again for the
   * claims it matched, and building a view reads its documents' texts.
   */
  async views(ids: Iterable<string>): Promise<Map<string, ClaimView>> {
    const claims = await this.claims(ids);
    const unbuilt = claims.filter((claim) => !this.viewById.has(claim.id));
    if (unbuilt.length > 0) {
      const documents = await this.documentsCiting(unbuilt);
      for (const claim of unbuilt) this.viewById.set(claim.id, toClaimView({ documents }, claim));
    }
    return new Map(claims.map((claim) => [claim.id, this.viewById.get(claim.id) as ClaimView]));
  }

  /** The whole index, the reader's sources read whole: what the popup and the side panel show. */
  async whole(): Promise<ClaimIndex> {
    const ids = this.reader.sources.map((s) => s.id);
    await this.readSources(ids);
    return mergeWithBundled(this.bundled, { sources: ids.flatMap((id) => this.read.get(id) ?? []), lexicon: this.reader.lexicon });
  }

  /** Reads the reader's sources not read yet, in one transaction. */
  private async readSources(ids: readonly string[]): Promise<void> {
    const unread = [...new Set(ids)].filter((id) => !this.read.has(id));
    if (unread.length === 0) return;
    for (const source of await this.store.sources(unread)) {
      this.read.set(source.document.id, source);
      // A source the bundle also has is the bundle's (as the matcher's claims are).
      if (this.documentById.has(source.document.id)) continue;
      this.documentById.set(source.document.id, source.document);
      for (const claim of source.claims) this.claimById.set(claim.id, claim);
    }
  }
}

/**
 * The service worker's start once the bundled index is parsed: read the reader's claims'
 * wordings, and build one matcher over the bundle's claims and them. Kept apart from the
 * extension API so `npm run bench` times this very code, over an IndexedDB of 10,000 claims.
 */
export async function startIndex(bundled: ClaimIndex, store: ReaderStore): Promise<LoadedIndex> {
  let reader: ReaderWordings;
  try {
    reader = await store.wordings();
  } catch {
    // A reader's store the browser cannot open (private window, disabled storage): the bundled claims still work.
    reader = { sources: [], lexicon: { related: {}, rarity: {} } };
  }
  return { ok: true, index: new ServedIndex(bundled, reader, store) };
}

/**
 * The served index, started on first need and started anew once the reader's sources change.
 * A new start is the only way what the worker serves changes, so nothing a served index keeps
 * (sources read whole, cards' views) outlives the sources it was built from.
 */
export class ServedIndexStarter {
  private started: Promise<LoadedIndex> | null = null;
  /** The bundled file is read once: only the reader's sources change. */
  private bundledRead: Promise<Parsed<ClaimIndex>> | null = null;

  constructor(
    private readonly bundled: () => Promise<Parsed<ClaimIndex>>,
    private readonly store: ReaderStore,
  ) {}

  /** The index to answer from, started once; a failure becomes a message, never a crash. */
  current(): Promise<LoadedIndex> {
    this.started ??= this.start();
    return this.started;
  }

  /** The reader's sources changed: the next request starts the index again over them. */
  sourcesChanged(): void {
    this.started = null;
  }

  private async start(): Promise<LoadedIndex> {
    const bundled = await (this.bundledRead ??= this.bundled());
    return bundled.ok ? startIndex(bundled.index, this.store) : bundled;
  }
}
