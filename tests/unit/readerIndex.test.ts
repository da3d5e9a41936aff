import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseSourceDocument } from '../../src/core/document/sourceDocument';
import { ClaimIndexError, parseClaimIndex, type ClaimIndex } from '../../src/core/index/schema';
import { ClaimMatcher } from '../../src/core/match/matcher';
import { draftReaderSource, mergeWithBundled, readerDocumentId, readerIndexOf, sourcesFromImport, splitForStorage, type ReaderSource } from '../../src/core/reader/readerIndex';
import { actorsOf, correctAttribution, dropAttribution, mergeActors } from '../../src/core/reader/review';
import { readArticle } from '../../src/shared/readArticle';
import { lexicon } from './lexicon';

const parse = (html: string): Document => parseHTML(html).document as unknown as Document;
const bundled = parseClaimIndex(JSON.parse(readFileSync('assets/claim-index.json', 'utf8'))) as ClaimIndex;

function draftFromPage(file: string): ReaderSource {
  const article = readArticle(parse(readFileSync(file, 'utf8')), parse);
  if (!article) throw new Error(`no article in ${file}`);
  return draftReaderSource({ id: readerDocumentId(article.url, article.text), ...article }, lexicon);
}

const source = draftFromPage('tests/fixtures/pages/reader-source-article.html');
/** The claim of the source an attribution of which quotes these words. */
const claimQuoting = (s: ReaderSource, words: string) => s.claims.find((c) => c.attributions.some((a) => a.quote.includes(words)));

describe('a source the reader adds', () => {
  it('takes the article body and the page’s own metadata, and extracts who said what from it', () => {
    expect(source.document).toMatchObject({ title: 'Portmere terminal to open in May, harbour chief says', outlet: 'Coastline Courier', date: '2026-10-06', url: 'https://coastline.example/portmere-terminal' });
    expect(source.document.text).not.toMatch(/Home|©/u);
    expect(source.document.id).toMatch(/^reader-/u);
    const opening = claimQuoting(source, 'open to cargo ships in May');
    expect(opening?.attributions[0]).toMatchObject({ actor: 'Elena Varga', stance: 'asserts' });
    expect(claimQuoting(source, 'delayed by failed safety inspections')?.attributions[0]?.stance).toBe('denies');
    for (const c of source.claims) for (const a of c.attributions) expect(source.document.text.slice(a.start, a.end)).toBe(a.quote);
  });

  it('carries the related terms of its claims’ terms only, so it matches restatements as bundled claims do', () => {
    const terms = new Set(source.claims.flatMap((c) => c.propositions.flatMap((p) => p.terms)));
    expect(Object.keys(source.lexicon.related).every((t) => terms.has(t))).toBe(true);
    expect(Object.keys(source.lexicon.related).length).toBeGreaterThan(0);
    const merged = mergeWithBundled(bundled, splitForStorage([source]));
    const matcher = new ClaimMatcher(merged);
    const restated = matcher.matchText('Portmere’s new container terminal will start taking cargo ships in May, the port’s chief said.');
    expect(restated.map((m) => m.claimId)).toContain(claimQuoting(source, 'open to cargo ships in May')?.id);
    // The bundled claims still match as before.
    const seed = 'Russia denied asking Beijing for military help.';
    expect(matcher.matchText(seed).map((m) => m.claimId)).toEqual(new ClaimMatcher(bundled).matchText(seed).map((m) => m.claimId));
    expect(matcher.matchText('The weather in Paris was sunny on Tuesday.')).toEqual([]);
  });

  it('is merged into one index: bundled documents and claims first, the verb list the bundle’s', () => {
    const merged = mergeWithBundled(bundled, splitForStorage([source]));
    expect(merged.documents.map((d) => d.id)).toEqual([...bundled.documents.map((d) => d.id), source.document.id]);
    expect(merged.claims.length).toBe(bundled.claims.length + source.claims.length);
    expect(merged.lexicon.verbs).toBe(bundled.lexicon.verbs);
    expect(merged.lexicon.verbForms).toBe(bundled.lexicon.verbForms);
    expect(mergeWithBundled(bundled, splitForStorage([]))).toBe(bundled);
    expect(() => parseClaimIndex(JSON.parse(JSON.stringify(merged)))).not.toThrow();
  });
});

describe('the review step', () => {
  const opening = claimQuoting(source, 'open to cargo ships in May');
  const ref = { claimId: opening?.id as string, index: 0 };

  it('keeps a corrected actor or stance as the reader’s, with what the extraction said', () => {
    const fixed = correctAttribution(source, ref, { actor: 'Portmere harbour authority' });
    const a = claimQuoting(fixed, 'open to cargo ships in May')?.attributions[0];
    expect(a).toMatchObject({ actor: 'Portmere harbour authority', corrected: { actor: 'Elena Varga' } });
    const twice = correctAttribution(fixed, ref, { stance: 'disputes' });
    expect(claimQuoting(twice, 'open to cargo ships in May')?.attributions[0]?.corrected).toEqual({ actor: 'Elena Varga', stance: 'asserts' });
    const back = correctAttribution(fixed, ref, { actor: 'Elena Varga' });
    expect(claimQuoting(back, 'open to cargo ships in May')?.attributions[0]).not.toHaveProperty('corrected');
    // The source under review is never changed in place.
    expect(opening?.attributions[0]).not.toHaveProperty('corrected');
  });

  it('merges two actors into one and drops an attribution (a claim left with none goes too)', () => {
    const [first, second] = actorsOf(source);
    const merged = mergeActors(source, second as string, first as string);
    expect(actorsOf(merged)).not.toContain(second);
    const dropped = dropAttribution(source, ref);
    expect(dropped.claims.map((c) => c.id)).not.toContain(ref.claimId);
    expect(dropped.claims.length).toBe(source.claims.length - 1);
  });
});

describe('export and import', () => {
  const corrected = correctAttribution(source, { claimId: claimQuoting(source, 'open to cargo ships in May')?.id as string, index: 0 }, { actor: 'Portmere harbour authority' });
  const other = draftReaderSource(parseSourceDocument(readerDocumentId(null, 'x'), 'pasted', 'Officials in Lisbon said on Monday that the ferry service to Madeira would resume in June.'), lexicon);

  it('writes the reader’s index in the index schema, and importing that file gives back the same bytes', () => {
    const exported = JSON.stringify(readerIndexOf(splitForStorage([other, corrected])));
    expect(parseClaimIndex(JSON.parse(exported)).documents).toHaveLength(2);
    const imported = sourcesFromImport(exported);
    expect(JSON.stringify(readerIndexOf(splitForStorage(imported)))).toBe(exported);
    // Order of saving does not change the file.
    expect(JSON.stringify(readerIndexOf(splitForStorage([corrected, other])))).toBe(exported);
    expect(imported.find((s) => s.document.id === corrected.document.id)?.claims).toEqual(corrected.claims);
  });

  it('refuses a file that is not JSON, another version, a malformed index or claims shared by several documents, with a sentence for the reader', () => {
    const good = readerIndexOf(splitForStorage([corrected, other]));
    const cases: [string, RegExp][] = [
      ['{"version": 2, "documents": [', /not valid JSON/u],
      ['\u0000\u0001PK binary', /not valid JSON/u],
      [JSON.stringify({ ...good, version: 1 }), /version 1.*reads version 2/u],
      [JSON.stringify({ ...good, claims: undefined }), /"claims" is missing/u],
      [JSON.stringify({ ...good, lexicon: { ...good.lexicon, verbForms: 3 } }), /"lexicon.verbForms" is not a string/u],
      [JSON.stringify({ ...good, claims: [{ ...good.claims[0], attributions: [{ ...good.claims[0]?.attributions[0], corrected: { actor: 7 } }] }] }), /malformed correction/u],
      [JSON.stringify({ ...good, claims: [{ ...good.claims[0], attributions: [...(good.claims[0]?.attributions ?? []), { ...good.claims.at(-1)?.attributions[0] }] }] }), /cites several documents/u],
    ];
    for (const [text, message] of cases) {
      expect(() => sourcesFromImport(text)).toThrow(ClaimIndexError);
      expect(() => sourcesFromImport(text)).toThrow(message);
    }
  });
});

describe('bad input when adding a source', () => {
  it('finds no article on a page of links only, and refuses an empty or binary file', () => {
    expect(readArticle(parse('<html><body><nav><a href="/">Home</a> <a href="/a">About</a></nav></body></html>'), parse)).toBeNull();
    expect(readArticle(parse('<html><body></body></html>'), parse)).toBeNull();
    expect(() => parseSourceDocument('r', 'notes.txt', '   \n')).toThrow(/no text/u);
    expect(() => parseSourceDocument('r', 'photo.txt', 'GIF89a\u0000\u0001\u0002')).toThrow(/binary/u);
  });
});
