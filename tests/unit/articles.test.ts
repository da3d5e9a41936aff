import { describe, expect, it } from 'vitest';
import { buildClaimIndex } from '../../src/core/index/buildIndex';
import { lexicon } from './lexicon';
import { attributionsQuoting, loadArticles } from '../../src/cli/inventedArticles';

// Twelve invented articles with what a careful fact-checker expects of them. The
// extractor must get most of it right, and never the things that hurt most.
const articles = loadArticles();
const index = buildClaimIndex(articles.map((a) => a.doc), lexicon);
const expected = articles.flatMap(({ doc, expected }) => expected.attributions.map((e) => ({ doc, e })));
const found = expected.map(({ doc, e }) => ({ e, hit: attributionsQuoting(index, e.quote).find((h) => h.a.documentId === doc.id) }));

describe('extraction on twelve fresh articles', () => {
  it('finds at least 88% of the attributions a reader marked', () => {
    expect(found.filter((f) => f.hit).length / expected.length).toBeGreaterThanOrEqual(0.88);
  });
  it('names the right source for at least 90% of those it finds', () => {
    const hits = found.filter((f) => f.hit);
    const right = hits.filter(({ e, hit }) => hit && (hit.a.actor.toLowerCase().includes(e.actor.toLowerCase()) || e.actor.toLowerCase().includes(hit.a.actor.toLowerCase())));
    expect(right.length / hits.length).toBeGreaterThanOrEqual(0.9);
  });
  it('never labels a denial the reader did not see', () => {
    expect(found.filter(({ e, hit }) => hit?.a.stance === 'denies' && e.stance !== 'denies').map(({ e }) => e.quote)).toEqual([]);
  });
  it('keeps different propositions apart (on the 80%+ of pairs whose statements it finds)', () => {
    const pairs = articles.flatMap(({ expected: x }) => x.differentClaims ?? []);
    const found = pairs
      .map(([a, b]) => [a, b, attributionsQuoting(index, a)[0]?.claimId, attributionsQuoting(index, b)[0]?.claimId] as const)
      .filter(([, , ca, cb]) => ca !== undefined && cb !== undefined);
    expect(found.length / pairs.length).toBeGreaterThanOrEqual(0.8);
    for (const [a, b, ca, cb] of found) expect(ca, `${a} / ${b}`).not.toBe(cb);
  });
  it('attributes no narration', () => {
    for (const { expected: x } of articles) for (const n of x.notAttributed ?? []) expect(attributionsQuoting(index, n), n).toEqual([]);
  });
});
