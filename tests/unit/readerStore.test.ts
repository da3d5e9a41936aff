import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ReaderStore, ReaderStoreError } from '../../src/background/readerStore';
import type { ReaderSource } from '../../src/core/reader/readerIndex';

// The reader's index in IndexedDB (fake-indexeddb stands in for the browser's, same semantics):
// every write is one transaction, so a failure part-way leaves the store as it was.

const sourceOf = (id: string, claim = 'c1'): ReaderSource => ({
  document: { id, title: `Title ${id}`, outlet: null, date: null, url: null, text: 'Officials said the ferry would resume in June.' },
  claims: [{ id: `${claim}-${id}`, text: 'The ferry would resume in June.', attributions: [{ actor: 'Officials', role: null, stance: 'asserts', quote: 'the ferry would resume in June', documentId: id, start: 15, end: 45, cue: 'said' }], propositions: [] }],
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
});
