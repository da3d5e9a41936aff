import { openDB, type DBSchema, type IDBPDatabase, type IDBPObjectStore } from 'idb';
import type { ReaderSource } from '../core/reader/readerIndex';

interface ReaderDb extends DBSchema {
  /** One record per source the reader added, keyed by its document id. */
  sources: { key: string; value: ReaderSource };
}

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
      },
    });
    return this.db;
  }

  /** Every stored source, in document id order. */
  async all(): Promise<ReaderSource[]> {
    return (await this.open()).getAll('sources');
  }

  /** Adds or replaces these sources, all in one transaction. */
  async save(sources: readonly ReaderSource[]): Promise<void> {
    await this.write(sources.map((s) => (store) => store.put(s)));
  }

  /** Removes one source and its claims. */
  async remove(documentId: string): Promise<void> {
    await this.write([(store) => store.delete(documentId)]);
  }

  /** Runs the requests in one transaction; the first failure aborts it, so none of them lands. */
  private async write(requests: ((store: IDBPObjectStore<ReaderDb, ['sources'], 'sources', 'readwrite'>) => Promise<unknown>)[]): Promise<void> {
    const tx = (await this.open()).transaction('sources', 'readwrite');
    // Every request's failure is also the transaction's: it is reported once, through tx.done.
    const done = tx.done.catch((e: unknown) => Promise.reject(failure(tx.error ?? e)));
    const pending: Promise<unknown>[] = [];
    try {
      for (const request of requests) pending.push(request(tx.store).catch(() => undefined));
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
