import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseBundledIndex, startIndex } from '../../src/background/indexStart';
import { ReaderStore } from '../../src/background/readerStore';
import { draftReaderSource, mergeWithBundled, readerDocumentId, splitForStorage, type ReaderSource } from '../../src/core/reader/readerIndex';
import { readArticle } from '../../src/shared/readArticle';
import { lexicon } from './lexicon';

// The service worker's start over the reader's store: it reads the claims, not the articles'
// texts, and reads a text when a card, the quote check or the panel needs it.

const parse = (html: string): Document => parseHTML(html).document as unknown as Document;
const bundledFile = readFileSync('assets/claim-index.json', 'utf8');
const parsed = parseBundledIndex(bundledFile);
if (!parsed.ok) throw new Error(parsed.error);
const bundled = parsed.index;
const article = readArticle(parse(readFileSync('tests/fixtures/pages/reader-source-article.html', 'utf8')), parse);
if (!article) throw new Error('no article in the fixture page');
const source: ReaderSource = draftReaderSource({ id: readerDocumentId(article.url, article.text), ...article }, lexicon);
const restated = 'Portmere’s new container terminal will start taking cargo ships in May, the port’s chief said.';

/** A store that counts the texts it is asked for. */
class CountingStore extends ReaderStore {
  textsRead: string[] = [];
  override texts(ids: readonly string[]): Promise<Map<string, string>> {
    this.textsRead.push(...ids);
    return super.texts(ids);
  }
}

let dbCount = 0;

describe('the service worker’s index over the reader’s store', () => {
  it('matches the reader’s claims with no text read, then reads the cited document’s text for its card', async () => {
    const name = `served-${++dbCount}`;
    await new ReaderStore(name).save([source]);
    const store = new CountingStore(name);
    const loaded = await startIndex(bundled, store);
    if (!loaded.ok) throw new Error(loaded.error);
    const [match] = loaded.index.matcher.matchText(restated);
    const claim = loaded.index.claim(match?.claimId ?? '');
    if (!claim) throw new Error('the restated claim was not matched');
    expect(source.claims).toContainEqual(claim);
    expect(store.textsRead).toEqual([]);
    expect(await loaded.index.documentsCiting([claim])).toEqual([source.document]);
    expect(store.textsRead).toEqual([source.document.id]);
    // Read once: the next card needs no read.
    await loaded.index.documentsCiting([claim]);
    expect(store.textsRead).toEqual([source.document.id]);
  });

  it('gives the popup and the panel the whole merged index, texts included', async () => {
    const name = `served-${++dbCount}`;
    await new ReaderStore(name).save([source]);
    const loaded = await startIndex(bundled, new ReaderStore(name));
    if (!loaded.ok) throw new Error(loaded.error);
    expect(await loaded.index.whole()).toEqual(mergeWithBundled(bundled, splitForStorage([source])));
  });

  it('falls back to the bundled claims when the reader’s store cannot be opened', async () => {
    class Unavailable extends ReaderStore {
      override claims(): never {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      }
    }
    const loaded = await startIndex(bundled, new Unavailable(`served-${++dbCount}`));
    if (!loaded.ok) throw new Error(loaded.error);
    expect(await loaded.index.whole()).toEqual(bundled);
    expect(loaded.index.matcher.matchText(restated)).toEqual([]);
  });
});
