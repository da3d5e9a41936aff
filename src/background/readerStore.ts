import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { splitForStorage, type ReaderIndexParts, type ReaderSource, type StoredSource } from '../core/reader/readerIndex';

/** One term's lexicon entry, shared by every source whose claims use it. */
interface TermEntry {
  term: string;
  related?: string;
  rarity?: number;
}

interface ReaderDb extends DBSchema {
  /** One record per source the reader added (document and claims), keyed by its document id. */
  sources: { key: string; value: StoredSource };
  /** The related terms and rarity of the sources' claim terms, each term once. */
  terms: { key: string; value: TermEntry };
}

/** A write transaction over both stores. */
type WriteTx = IDBPTransaction<ReaderDb, ['sources', 'terms'], 'readwrite'>;

/** The database of the reader's sources; its version changes only with the record layout. */
const DB_NAME = 'claimscope-reader';
const DB_VERSION = 1;

/** A save or removal that did not happen; `message` is written for a reader, who is also told nothing changed. */
export class ReaderStoreError extends Error {
  override name = 'ReaderStoreError';
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
      upgrade(db) {
        db.createObjectStore('sources', { keyPath: 'document.id' });
        db.createObjectStore('terms', { keyPath: 'term' });
      },
    });
    return this.db;
  }

  /** Every stored source (in document id order) and the lexicon of their terms, read in one transaction. */
  async all(): Promise<ReaderIndexParts> {
    const tx = (await this.open()).transaction(['sources', 'terms']);
    const [sources, terms] = await Promise.all([tx.objectStore('sources').getAll(), tx.objectStore('terms').getAll(), tx.done]);
    const related: Record<string, string> = {};
    const rarity: Record<string, number> = {};
    for (const t of terms) {
      if (t.related !== undefined) related[t.term] = t.related;
      if (t.rarity !== undefined) rarity[t.term] = t.rarity;
    }
    return { sources, lexicon: { related, rarity } };
  }

  /** Adds or replaces these sources and adds their terms, all in one transaction. */
  async save(sources: readonly ReaderSource[]): Promise<void> {
    const { sources: stored, lexicon } = splitForStorage(sources);
    const terms = [...new Set([...Object.keys(lexicon.related), ...Object.keys(lexicon.rarity)])].map((term): TermEntry => ({ term, related: lexicon.related[term], rarity: lexicon.rarity[term] }));
    await this.write([...stored.map((s) => (tx: WriteTx) => tx.objectStore('sources').put(s)), ...terms.map((t) => (tx: WriteTx) => tx.objectStore('terms').put(t))]);
  }

  /** Removes one source and its claims. Its terms stay: another source may use them, and export keeps only the terms its claims use. */
  async remove(documentId: string): Promise<void> {
    await this.write([(tx) => tx.objectStore('sources').delete(documentId)]);
  }

  /** Runs the requests in one transaction; the first failure aborts it, so none of them lands. */
  private async write(requests: ((tx: WriteTx) => Promise<unknown>)[]): Promise<void> {
    const tx = (await this.open()).transaction(['sources', 'terms'], 'readwrite');
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
