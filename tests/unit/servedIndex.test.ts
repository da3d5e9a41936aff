import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseBundledIndex, ServedIndexStarter, startIndex, type ServedIndex } from '../../src/background/indexStart';
import { ReaderStore } from '../../src/background/readerStore';
import { draftReaderSource, mergeWithBundled, readerDocumentId, splitForStorage, type ReaderSource } from '../../src/core/reader/readerIndex';
import { correctAttribution } from '../../src/core/reader/review';
import { readArticle } from '../../src/shared/readArticle';
import { lexicon } from './lexicon';

// The service worker's start over the reader's store: it reads the claims' wordings only, and
// reads a source whole when a card, the quote check or the panel needs it.

const parse = (html: string): Document => parseHTML(html).document as unknown as Document;
const bundledFile = readFileSync('assets/claim-index.json', 'utf8');
const parsed = parseBundledIndex(bundledFile);
if (!parsed.ok) throw new Error(parsed.error);
const bundled = parsed.index;
const article = readArticle(parse(readFileSync('tests/fixtures/pages/reader-source-article.html', 'utf8')), parse);
if (!article) throw new Error('no article in the fixture page');
const source: ReaderSource = draftReaderSource({ id: readerDocumentId(article.url, article.text), ...article }, lexicon);
const restated = 'Portmere’s new container terminal will start taking cargo ships in May, the port’s chief said.';

/** A store that notes the sources it is asked for whole. */
class CountingStore extends ReaderStore {
  sourcesRead: string[] = [];
  override sources(ids: readonly string[]): ReturnType<ReaderStore['sources']> {
    this.sourcesRead.push(...ids);
    return super.sources(ids);
  }
}

let dbCount = 0;

/** The worker's start over a fresh store holding the reader's source, and the store (which notes what it reads whole). */
async function startOverSource(): Promise<{ index: ServedIndex; store: CountingStore }> {
  const name = `served-${++dbCount}`;
  await new ReaderStore(name).save([source]);
  const store = new CountingStore(name);
  const loaded = await startIndex(bundled, store);
  if (!loaded.ok) throw new Error(loaded.error);
  return { index: loaded.index, store };
}

describe('the service worker’s index over the reader’s store', () => {
  it('matches the reader’s claims with no source read whole, then reads the claim’s source for its card, once', async () => {
    const { index, store } = await startOverSource();
    const [match] = index.matcher.matchText(restated);
    expect(store.sourcesRead).toEqual([]);
    const claims = await index.claims([match?.claimId ?? '', 'no-such-claim']);
    expect(claims.length).toBe(1);
    expect(source.claims).toContainEqual(claims[0]);
    expect(await index.documentsCiting(claims)).toEqual([source.document]);
    expect(store.sourcesRead).toEqual([source.document.id]);
    // Read once: the next card reads nothing.
    await index.documentsCiting(await index.claims([match?.claimId ?? '']));
    expect(store.sourcesRead).toEqual([source.document.id]);
  });

  it('gives claims whole in the index’s order, bundled ones without reading the store', async () => {
    const { index, store } = await startOverSource();
    const [first, second] = bundled.claims;
    expect(await index.claims([second?.id ?? '', first?.id ?? ''])).toEqual([first, second]);
    expect(store.sourcesRead).toEqual([]);
    const readerClaim = source.claims[0];
    expect(await index.claims([readerClaim?.id ?? '', first?.id ?? ''])).toEqual([first, readerClaim]);
  });

  it('gives the popup and the panel the whole merged index, texts included', async () => {
    const { index } = await startOverSource();
    expect(await index.whole()).toEqual(mergeWithBundled(bundled, splitForStorage([source])));
  });

  it('falls back to the bundled claims when the reader’s store cannot be opened', async () => {
    class Unavailable extends ReaderStore {
      override wordings(): never {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      }
    }
    const loaded = await startIndex(bundled, new Unavailable(`served-${++dbCount}`));
    if (!loaded.ok) throw new Error(loaded.error);
    expect(await loaded.index.whole()).toEqual(bundled);
    expect(loaded.index.matcher.matchText(restated)).toEqual([]);
  });
});

describe('the cards’ views the worker serves', () => {
  /** The worker's index as its message handlers get it, over a fresh store holding the reader's source. */
  async function servedOverSource(): Promise<{ served: () => Promise<ServedIndex>; starter: ServedIndexStarter; store: CountingStore; claimId: string; bundledReads: () => number }> {
    const store = new CountingStore(`served-${++dbCount}`);
    await store.save([source]);
    let reads = 0;
    const starter = new ServedIndexStarter(() => {
      reads++;
      return Promise.resolve(parsed);
    }, store);
    const served = async (): Promise<ServedIndex> => {
      const loaded = await starter.current();
      if (!loaded.ok) throw new Error(loaded.error);
      return loaded.index;
    };
    const [match] = (await served()).matcher.matchText(restated);
    if (!match) throw new Error('the restating sentence matches no claim of the reader’s source');
    return { served, starter, store, claimId: match.claimId, bundledReads: () => reads };
  }

  it('builds a claim’s view once: a second request gets the same view and reads nothing', async () => {
    const { served, store, claimId } = await servedOverSource();
    const first = await (await served()).views([claimId, 'no-such-claim']);
    expect([...first.keys()]).toEqual([claimId]);
    expect(first.get(claimId)?.asserted.map((a) => a.document.id)).toEqual([source.document.id]);
    const read = [...store.sourcesRead];
    const second = await (await served()).views([claimId]);
    expect(second.get(claimId)).toBe(first.get(claimId));
    expect(store.sourcesRead).toEqual(read);
  });

  it('serves views in the index’s order, bundled claims beside the reader’s', async () => {
    const { served, claimId } = await servedOverSource();
    const bundledId = bundled.claims[0]?.id ?? '';
    expect([...(await (await served()).views([claimId, bundledId])).keys()]).toEqual([bundledId, claimId]);
  });

  it('builds views anew once the reader’s source is saved again (an actor corrected, a denial added) and serves none once it is removed', async () => {
    const { served, starter, store, claimId, bundledReads } = await servedOverSource();
    const before = (await (await served()).views([claimId])).get(claimId);
    const claim = source.claims.find((c) => c.id === claimId);
    const denial = source.claims.flatMap((c) => c.attributions).find((a) => a.stance !== 'asserts');
    if (!before || !claim || !denial) throw new Error('the fixture source has the restated claim and a denial');
    expect(before.deniedOrDisputed).toEqual([]);

    // What an import of a desk's copy of the same source does: the same document and claim, corrected and with a denial more.
    const corrected = correctAttribution(source, { claimId, index: 0 }, { actor: 'Portmere harbour authority' });
    const saved: ReaderSource = { ...corrected, claims: corrected.claims.map((c) => (c.id === claimId ? { ...c, attributions: [...c.attributions, denial] } : c)) };
    await store.save([saved]);
    starter.sourcesChanged();
    const after = (await (await served()).views([claimId])).get(claimId);
    expect(after?.asserted.map((a) => [a.actor, a.correctedByReader])).toEqual([['Portmere harbour authority', true]]);
    expect(after?.deniedOrDisputed.map((a) => [a.actor, a.quote])).toEqual([[denial.actor, denial.quote]]);
    expect(before.asserted.map((a) => a.actor)).toEqual([claim.attributions[0]?.actor]);

    await store.remove(source.document.id);
    starter.sourcesChanged();
    expect((await served()).matcher.matchText(restated)).toEqual([]);
    expect(await (await served()).views([claimId])).toEqual(new Map());
    // Three starts, one read of the bundled file.
    expect(bundledReads()).toBe(1);
  });
});
