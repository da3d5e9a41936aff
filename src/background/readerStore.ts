import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { IndexedDocument } from '../core/index/schema';
import { splitForStorage, type ReaderIndexParts, type ReaderSource, type SourceClaims } from '../core/reader/readerIndex';

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

interface ReaderDb extends DBSchema {
  /** One record per source the reader added (its document's metadata and its claims), keyed by its document id. */
  sources: { key: string; value: SourceClaims };
  /** Each source's document text, keyed by its document id: read when a card, the quote check or a page needs it, not when the service worker starts. */
  texts: { key: string; value: TextEntry };
  /** The related terms and rarity of the sources' claim terms, each term once. */
  terms: { key: string; value: TermEntry };
}

/** The stores a write or a full read spans. */
const ALL_STORES = ['sources', 'texts', 'terms'] as const;

/** A write transaction over every store. */
type WriteTx = IDBPTransaction<ReaderDb, typeof ALL_STORES, 'readwrite'>;

/**
 * The database of the reader's sources; its version changes only with the record layout.
 * Version 1 kept each document's text in its source's record; version 2 keeps the texts in a
 * store of their own, so the service worker's start reads only claims.
 */
const DB_NAME = 'claimscope-reader';
const DB_VERSION = 2;

/** A save or removal that did not happen; `message` is written for a reader, who is also told nothing changed. */
export class ReaderStoreError extends Error {
  override name = 'ReaderStoreError';
}

/**
 * Version 1 to 2: each source record's document text moves to the texts store. Runs in the
 * upgrade's own transaction, so the move lands whole or not at all.
 */
async function moveTextsOut(tx: IDBPTransaction<ReaderDb, ('sources' | 'texts' | 'terms')[], 'versionchange'>): Promise<void> {
  let cursor = await tx.objectStore('sources').openCursor();
  while (cursor) {
    // A version 1 record: its document still has its text.
    const { text, ...document } = cursor.value.document as IndexedDocument;
    await Promise.all([tx.objectStore('texts').put({ id: document.id, text }), cursor.update({ ...cursor.value, document })]);
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
        if (oldVersion < 2) db.createObjectStore('texts', { keyPath: 'id' });
        if (oldVersion === 1) {
          // Any failure aborts the upgrade: the open fails (and says so) and the database stays at version 1, nothing lost.
          tx.done.catch(() => undefined);
          moveTextsOut(tx).catch(() => {
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

  /** Every stored source's claims and document metadata (in document id order) and the lexicon of their terms, read in one transaction: what the service worker's start reads. */
  async claims(): Promise<{ sources: SourceClaims[]; lexicon: ReaderIndexParts['lexicon'] }> {
    const tx = (await this.open()).transaction(['sources', 'terms']);
    const [sources, terms] = await Promise.all([tx.objectStore('sources').getAll(), tx.objectStore('terms').getAll(), tx.done]);
    return { sources, lexicon: lexiconOf(terms) };
  }

  /** The texts of these documents, read in one transaction; a document the store does not have is left out. */
  async texts(ids: readonly string[]): Promise<Map<string, string>> {
    const tx = (await this.open()).transaction('texts');
    const [entries] = await Promise.all([Promise.all(ids.map((id) => tx.store.get(id))), tx.done]);
    return new Map(entries.filter((e) => e !== undefined).map((e) => [e.id, e.text]));
  }

  /** Every stored source whole (in document id order, texts included) and the lexicon of their terms, read in one transaction: for export. */
  async all(): Promise<ReaderIndexParts> {
    const tx = (await this.open()).transaction(ALL_STORES);
    const [sources, texts, terms] = await Promise.all([tx.objectStore('sources').getAll(), tx.objectStore('texts').getAll(), tx.objectStore('terms').getAll(), tx.done]);
    const textOf = new Map(texts.map((t) => [t.id, t.text]));
    // Every source has its text: the two are written, moved and removed in the same transactions.
    return { sources: sources.map((s) => ({ ...s, document: { ...s.document, text: textOf.get(s.document.id) ?? '' } })), lexicon: lexiconOf(terms) };
  }

  /** Adds or replaces these sources and adds their terms, all in one transaction. */
  async save(sources: readonly ReaderSource[]): Promise<void> {
    const { sources: stored, lexicon } = splitForStorage(sources);
    const terms = [...new Set([...Object.keys(lexicon.related), ...Object.keys(lexicon.rarity)])].map((term): TermEntry => ({ term, related: lexicon.related[term], rarity: lexicon.rarity[term] }));
    await this.write([
      ...stored.flatMap(({ document: { text, ...document }, claims }) => [(tx: WriteTx) => tx.objectStore('sources').put({ document, claims }), (tx: WriteTx) => tx.objectStore('texts').put({ id: document.id, text })]),
      ...terms.map((t) => (tx: WriteTx) => tx.objectStore('terms').put(t)),
    ]);
  }

  /** Removes one source, its text and its claims. Its terms stay: another source may use them, and export keeps only the terms its claims use. */
  async remove(documentId: string): Promise<void> {
    await this.write([(tx) => tx.objectStore('sources').delete(documentId), (tx) => tx.objectStore('texts').delete(documentId)]);
  }

  /** Runs the requests in one transaction; the first failure aborts it, so none of them lands. */
  private async write(requests: ((tx: WriteTx) => Promise<unknown>)[]): Promise<void> {
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
