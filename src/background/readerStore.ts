import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { IndexedClaim } from '../core/index/schema';
import { splitForStorage, type DocumentMeta, type ReaderIndexParts, type ReaderSource, type ReaderWordings, type SourceWordings, type StoredSource } from '../core/reader/readerIndex';

/** One term's lexicon entry, shared by every source whose claims use it. */
interface TermEntry {
  term: string;
  related?: string;
  rarity?: number;
}

/** One document's text, kept apart from its source's record. */
interface TextEntry {
  id: string;
  text: string;
}

/** A source's record: its document's metadata and its claims without their wordings (what a card, the panel and export show). */
interface SourceRecord {
  document: DocumentMeta;
  claims: Omit<IndexedClaim, 'propositions'>[];
}

interface ReaderDb extends DBSchema {
  /** One record per source the reader added, keyed by its document id. */
  sources: { key: string; value: SourceRecord };
  /** Each source's claims' wordings, keyed by its document id: all the service worker's start reads, with the terms. */
  wordings: { key: string; value: SourceWordings };
  /** Each source's document text, keyed by its document id. */
  texts: { key: string; value: TextEntry };
  /** The related terms and rarity of the sources' claim terms, each term once. */
  terms: { key: string; value: TermEntry };
}

/** The stores a write or a full read spans. */
const ALL_STORES = ['sources', 'wordings', 'texts', 'terms'] as const;

/** A transaction over every store. */
type FullTx<Mode extends IDBTransactionMode> = IDBPTransaction<ReaderDb, typeof ALL_STORES, Mode>;

/**
 * The database of the reader's sources; its version changes only with the record layout.
 * Version 1 kept each source whole in one record. Version 2 keeps apart what the service
 * worker's start reads (the claims' wordings) from what a card or the panel shows (claims'
 * text and attributions, the document's metadata, its text), so a start over 10,000 claims
 * reads a fraction of the bytes.
 */
const DB_NAME = 'claimscope-reader';
const DB_VERSION = 2;

/** A save or removal that did not happen; `message` is written for a reader, who is also told nothing changed. */
export class ReaderStoreError extends Error {
  override name = 'ReaderStoreError';
}

/** A source in the three records of version 2. */
function recordsOf({ document: { text, ...document }, claims }: StoredSource): { source: SourceRecord; wordings: SourceWordings; text: TextEntry } {
  return {
    source: { document, claims: claims.map(({ propositions: _propositions, ...claim }) => claim) },
    wordings: { id: document.id, claims: claims.map(({ id, propositions }) => ({ id, propositions })) },
    text: { id: document.id, text },
  };
}

/** A source whole again from its three records. */
function sourceOf(source: SourceRecord, wordings: SourceWordings | undefined, text: TextEntry | undefined): StoredSource {
  const propositions = new Map(wordings?.claims.map((c) => [c.id, c.propositions]));
  // Never missing: the three records are written, moved and removed in one transaction.
  return { document: { ...source.document, text: text?.text ?? '' }, claims: source.claims.map((c) => ({ ...c, propositions: propositions.get(c.id) ?? [] })) };
}

/**
 * Version 1 to 2: each source record, whole, is split into its three records. Runs in the
 * upgrade's own transaction, so the move lands whole or not at all.
 */
async function splitRecords(tx: FullTx<'versionchange'>): Promise<void> {
  let cursor = await tx.objectStore('sources').openCursor();
  while (cursor) {
    // A version 1 record: the source whole.
    const { source, wordings, text } = recordsOf(cursor.value as unknown as StoredSource);
    await cursor.update(source);
    await tx.objectStore('wordings').put(wordings);
    await tx.objectStore('texts').put(text);
    cursor = await cursor.continue();
  }
}

/** The reader-facing sentence for a failed write: the browser's storage is full, or the write was cut off. */
function failure(e: unknown): ReaderStoreError {
  const name = (e as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError') return new ReaderStoreError('Your browser has no room left for Claimscope’s sources, so nothing was saved. Remove sources you no longer need, or free disk space, and try again.');
  return new ReaderStoreError('The save was interrupted before it finished, so nothing was saved and your sources are as they were. Try again.');
}

/**
 * The reader's sources in IndexedDB (through `idb`). Every save, import or removal is one
 * transaction: it lands whole or not at all, so a full disk or a service worker stopped in
 * the middle leaves the reader's index as it was.
 */
export class ReaderStore {
  private db: Promise<IDBPDatabase<ReaderDb>> | null = null;

  constructor(private readonly name = DB_NAME) {}

  private open(): Promise<IDBPDatabase<ReaderDb>> {
    this.db ??= openDB<ReaderDb>(this.name, DB_VERSION, {
      upgrade(db, oldVersion, _newVersion, tx) {
        if (oldVersion < 1) {
          db.createObjectStore('sources', { keyPath: 'document.id' });
          db.createObjectStore('terms', { keyPath: 'term' });
        }
        if (oldVersion < 2) {
          db.createObjectStore('wordings', { keyPath: 'id' });
          db.createObjectStore('texts', { keyPath: 'id' });
        }
        if (oldVersion === 1) {
          // Any failure aborts the upgrade: the open fails (and says so) and the database stays at version 1, nothing lost.
          tx.done.catch(() => undefined);
          splitRecords(tx as unknown as FullTx<'versionchange'>).catch(() => {
            try {
              tx.abort();
            } catch {
              // Already aborted by the failed request.
            }
          });
        }
      },
    }).catch((e: unknown) => {
      // Not kept: the next read or write tries to open it again.
      this.db = null;
      throw e;
    });
    return this.db;
  }

  /** Every stored source's claims' wordings (in document id order) and the lexicon of their terms, read in one transaction: all the service worker's start reads. */
  async wordings(): Promise<ReaderWordings> {
    const tx = (await this.open()).transaction(['wordings', 'terms']);
    const [sources, terms] = await Promise.all([tx.objectStore('wordings').getAll(), tx.objectStore('terms').getAll(), tx.done]);
    return { sources, lexicon: lexiconOf(terms) };
  }

  /** These sources whole (document text and claims), read in one transaction; an id the store does not have is left out. */
  async sources(ids: readonly string[]): Promise<StoredSource[]> {
    const tx = (await this.open()).transaction(['sources', 'wordings', 'texts']);
    const read = <T>(store: 'sources' | 'wordings' | 'texts'): Promise<(T | undefined)[]> => Promise.all(ids.map((id) => tx.objectStore(store).get(id) as Promise<T | undefined>));
    const [records, wordings, texts] = await Promise.all([read<SourceRecord>('sources'), read<SourceWordings>('wordings'), read<TextEntry>('texts'), tx.done]);
    return records.flatMap((record, i) => (record ? [sourceOf(record, wordings[i], texts[i])] : []));
  }

  /** Every stored source whole (in document id order) and the lexicon of their terms, read in one transaction: for export. */
  async all(): Promise<ReaderIndexParts> {
    const tx = (await this.open()).transaction(ALL_STORES);
    const [records, wordings, texts, terms] = await Promise.all([tx.objectStore('sources').getAll(), tx.objectStore('wordings').getAll(), tx.objectStore('texts').getAll(), tx.objectStore('terms').getAll(), tx.done]);
    const wordingsOf = new Map(wordings.map((w) => [w.id, w]));
    const textOf = new Map(texts.map((t) => [t.id, t]));
    return { sources: records.map((record) => sourceOf(record, wordingsOf.get(record.document.id), textOf.get(record.document.id))), lexicon: lexiconOf(terms) };
  }

  /** Adds or replaces these sources and adds their terms, all in one transaction. */
  async save(sources: readonly ReaderSource[]): Promise<void> {
    const { sources: stored, lexicon } = splitForStorage(sources);
    const terms = [...new Set([...Object.keys(lexicon.related), ...Object.keys(lexicon.rarity)])].map((term): TermEntry => ({ term, related: lexicon.related[term], rarity: lexicon.rarity[term] }));
    await this.write([
      ...stored.flatMap((s) => {
        const { source, wordings, text } = recordsOf(s);
        return [(tx: FullTx<'readwrite'>) => tx.objectStore('sources').put(source), (tx: FullTx<'readwrite'>) => tx.objectStore('wordings').put(wordings), (tx: FullTx<'readwrite'>) => tx.objectStore('texts').put(text)];
      }),
      ...terms.map((t) => (tx: FullTx<'readwrite'>) => tx.objectStore('terms').put(t)),
    ]);
  }

  /** Removes one source: its records, its text and its claims. Its terms stay: another source may use them, and export keeps only the terms its claims use. */
  async remove(documentId: string): Promise<void> {
    await this.write((['sources', 'wordings', 'texts'] as const).map((store) => (tx: FullTx<'readwrite'>) => tx.objectStore(store).delete(documentId)));
  }

  /** Runs the requests in one transaction; the first failure aborts it, so none of them lands. */
  private async write(requests: ((tx: FullTx<'readwrite'>) => Promise<unknown>)[]): Promise<void> {
    const tx = (await this.open()).transaction(ALL_STORES, 'readwrite');
    // Every request's failure is also the transaction's: it is reported once, through tx.done.
    const done = tx.done.catch((e: unknown) => Promise.reject(failure(tx.error ?? e)));
    const pending: Promise<unknown>[] = [];
    try {
      for (const request of requests) pending.push(request(tx).catch(() => undefined));
      await Promise.all([...pending, done]);
    } catch (e) {
      try {
        tx.abort();
      } catch {
        // Already finished or aborted.
      }
      await done.catch(() => undefined);
      throw e instanceof ReaderStoreError ? e : failure(e);
    }
  }
}

/** The terms store's entries as the lexicon's two tables. */
function lexiconOf(terms: readonly TermEntry[]): ReaderIndexParts['lexicon'] {
  const related: Record<string, string> = {};
  const rarity: Record<string, number> = {};
  for (const t of terms) {
    if (t.related !== undefined) related[t.term] = t.related;
    if (t.rarity !== undefined) rarity[t.term] = t.rarity;
  }
  return { related, rarity };
}
