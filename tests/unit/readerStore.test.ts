import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { ReaderStore, ReaderStoreError } from '../../src/background/readerStore';
import type { ReaderSource } from '../../src/core/reader/readerIndex';

// The reader's index in IndexedDB (fake-indexeddb stands in for the browser's, same semantics):
// every write is one transaction, so a failure part-way leaves the store as it was.

const sourceOf = (id: string, claim = 'c1'): ReaderSource => ({
  document: { id, title: `Title ${id}`, outlet: null, date: null, url: null, text: 'Officials said the ferry would resume in June.' },
  claims: [
    {
      id: `${claim}-${id}`,
      text: 'The ferry would resume in June.',
      attributions: [{ actor: 'Officials', role: null, stance: 'asserts', quote: 'the ferry would resume in June', documentId: id, start: 15, end: 45, cue: 'said' }],
      propositions: [{ terms: ['ferri', 'resum', 'june'], entities: [], predicate: 'resum', negated: false, agents: [], patients: [] }],
    },
  ],
  lexicon: { related: { [`term-${claim}`]: 'boat:0.8' }, rarity: { [`term-${claim}`]: 12 } },
});

let dbCount = 0;
const freshStore = (): ReaderStore => new ReaderStore(`test-reader-${++dbCount}`);
const realPut = IDBObjectStore.prototype.put;
afterEach(() => {
  IDBObjectStore.prototype.put = realPut;
});

/** Makes the nth put of the next write fail the way `fail` says (the first n-1 succeed). */
function failNthPut(n: number, fail: (store: IDBObjectStore) => never): void {
  let calls = 0;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    calls += 1;
    if (calls === n) fail(this);
    return realPut.apply(this, args);
  };
}

describe('ReaderStore', () => {
  it('saves, lists in document id order, replaces by id and removes', async () => {
    const store = freshStore();
    await store.save([sourceOf('reader-b'), sourceOf('reader-a')]);
    expect((await store.all()).sources.map((s) => s.document.id)).toEqual(['reader-a', 'reader-b']);
    await store.save([sourceOf('reader-a', 'c2')]);
    expect((await store.all()).sources.map((s) => s.claims[0]?.id)).toEqual(['c2-reader-a', 'c1-reader-b']);
    await store.remove('reader-a');
    expect((await store.all()).sources.map((s) => s.document.id)).toEqual(['reader-b']);
  });

  it('keeps each term’s lexicon entry once, shared by the sources that use it', async () => {
    const store = freshStore();
    await store.save([sourceOf('reader-a'), sourceOf('reader-b'), sourceOf('reader-c', 'c2')]);
    const { lexicon, sources } = await store.all();
    expect(lexicon).toEqual({ related: { 'term-c1': 'boat:0.8', 'term-c2': 'boat:0.8' }, rarity: { 'term-c1': 12, 'term-c2': 12 } });
    expect(sources.every((s) => !('lexicon' in s))).toBe(true);
  });

  it('on a storage quota error says so and keeps the index as it was, even the writes that went before in the same save', async () => {
    const store = freshStore();
    await store.save([sourceOf('reader-a')]);
    const before = await store.all();
    failNthPut(2, () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const saving = store.save([sourceOf('reader-a', 'changed'), sourceOf('reader-b')]);
    await expect(saving).rejects.toThrow(ReaderStoreError);
    await expect(saving).rejects.toThrow(/no room left.*nothing was saved/u);
    IDBObjectStore.prototype.put = realPut;
    expect(await store.all()).toEqual(before);
  });

  it('when the worker stops in the middle of a save (the transaction never commits) says nothing was saved and keeps the index as it was', async () => {
    const store = freshStore();
    await store.save([sourceOf('reader-a')]);
    const before = await store.all();
    failNthPut(2, (objectStore) => {
      objectStore.transaction.abort();
      throw new DOMException('The transaction was aborted.', 'AbortError');
    });
    const saving = store.save([sourceOf('reader-c'), sourceOf('reader-d'), sourceOf('reader-a', 'changed')]);
    await expect(saving).rejects.toThrow(/interrupted.*nothing was saved/u);
    IDBObjectStore.prototype.put = realPut;
    expect(await store.all()).toEqual(before);
  });

  it('gives the service worker’s start the claims’ wordings alone, a source whole on request, and removes a source whole', async () => {
    const store = freshStore();
    await store.save([sourceOf('reader-a'), sourceOf('reader-b')]);
    const { sources } = await store.wordings();
    expect(sources).toEqual(['reader-a', 'reader-b'].map((id) => ({ id, claims: sourceOf(id).claims.map((c) => ({ id: c.id, propositions: c.propositions })) })));
    const whole = ({ lexicon: _lexicon, ...stored }: ReaderSource) => stored;
    expect(await store.sources(['reader-b', 'reader-z'])).toEqual([whole(sourceOf('reader-b'))]);
    await store.remove('reader-b');
    expect(await store.sources(['reader-b'])).toEqual([]);
    expect((await store.wordings()).sources.map((s) => s.id)).toEqual(['reader-a']);
    expect((await store.all()).sources).toEqual([whole(sourceOf('reader-a'))]);
  });
});

describe('ReaderStore opening a database of the first layout (each source whole in one record)', () => {
  /** A database as the first version of Claimscope left it, holding these sources. */
  async function firstLayout(name: string, sources: ReaderSource[]): Promise<void> {
    const db = await openDB(name, 1, {
      upgrade(d) {
        d.createObjectStore('sources', { keyPath: 'document.id' });
        d.createObjectStore('terms', { keyPath: 'term' });
      },
    });
    const tx = db.transaction(['sources', 'terms'], 'readwrite');
    for (const { lexicon, ...stored } of sources) {
      void tx.objectStore('sources').put(stored);
      for (const term of Object.keys(lexicon.related)) void tx.objectStore('terms').put({ term, related: lexicon.related[term], rarity: lexicon.rarity[term] });
    }
    await tx.done;
    db.close();
  }

  it('splits each source into its records and keeps every source as it was', async () => {
    const name = `test-reader-${++dbCount}`;
    const sources = [sourceOf('reader-a'), sourceOf('reader-b', 'c2')];
    await firstLayout(name, sources);
    const store = new ReaderStore(name);
    expect(await store.all()).toEqual({
      sources: sources.map(({ lexicon: _lexicon, ...stored }) => stored),
      lexicon: { related: { 'term-c1': 'boat:0.8', 'term-c2': 'boat:0.8' }, rarity: { 'term-c1': 12, 'term-c2': 12 } },
    });
    expect((await store.wordings()).sources).toEqual(sources.map((s) => ({ id: s.document.id, claims: s.claims.map((c) => ({ id: c.id, propositions: c.propositions })) })));
    expect(await store.sources(['reader-a'])).toEqual(sources.slice(0, 1).map(({ lexicon: _lexicon, ...stored }) => stored));
  });

  it('when the move fails, leaves the database in its first layout with nothing lost, and moves it on the next open', async () => {
    const name = `test-reader-${++dbCount}`;
    const sources = [sourceOf('reader-a'), sourceOf('reader-b')];
    await firstLayout(name, sources);
    failNthPut(2, () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const store = new ReaderStore(name);
    await expect(store.wordings()).rejects.toThrow();
    IDBObjectStore.prototype.put = realPut;
    const untouched = await openDB(name);
    expect(untouched.version).toBe(1);
    expect(await untouched.getAll('sources')).toEqual(sources.map(({ lexicon: _lexicon, ...stored }) => stored));
    untouched.close();
    expect((await store.all()).sources.map((s) => s.document)).toEqual(sources.map((s) => s.document));
  });
});
