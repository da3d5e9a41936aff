import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSourceDocument } from '../../src/core/document/sourceDocument';
import { buildClaimIndex } from '../../src/core/index/buildIndex';
import { lexicon } from './lexicon';

const dir = join(import.meta.dirname, '../../assets/documents');
const docs = readdirSync(dir).sort().map((f) => parseSourceDocument(f.replace(/\.\w+$/u, ''), f, readFileSync(join(dir, f), 'utf8')));
const index = buildClaimIndex(docs, lexicon);
const claimWith = (words: string) => index.claims.find((c) => c.attributions.some((a) => a.quote.includes(words)));

describe('the bundled seed documents', () => {
  it('puts the media report, the Russian denials and the Chinese dispute on one claim', () => {
    const claim = claimWith('asked China specifically for military equipment');
    const side = (s: string) => claim?.attributions.filter((a) => a.stance === s).map((a) => a.actor);
    expect(side('asserts')).toEqual(['Media outlets, citing Washington officials']);
    expect(side('denies')).toEqual(expect.arrayContaining(['Russia', 'Dmitry Peskov']));
    expect(side('disputes')).toEqual(['Zhao Lijian']);
  });
  it('merges the claim that China signalled openness to military support across two documents', () => {
    const claim = claimWith('signalled willingness to provide military assistance');
    expect(new Set(claim?.attributions.filter((a) => a.stance === 'asserts').map((a) => a.documentId)).size).toBe(2);
  });
  it('keeps exact quotes: every offset points at its quote', () => {
    for (const c of index.claims) for (const a of c.attributions) expect(docs.find((d) => d.id === a.documentId)?.text.slice(a.start, a.end)).toBe(a.quote);
  });
  it('is deterministic', () => {
    expect(JSON.stringify(buildClaimIndex([...docs].reverse(), lexicon))).toBe(JSON.stringify(index));
  });
});
