import type { ClaimIndex } from '../core/index/schema';
import { indexLexicon } from '../core/index/buildIndex';
import { MATCH_THRESHOLD } from '../core/match/decisionModel';
import { ClaimMatcher } from '../core/match/matcher';
import type { SentenceMatch } from '../core/match/sentenceMatch';
import { crossValidatedMatches, FOLDS } from './crossValidation';
import { addPageScore, emptyPageScore, realPages, scoreMatches, writtenPages, type LabelledPage, type PageScore, type ScoreError } from './labelledPages';
import { loadRealNewsSet } from './realNewsSet';
import { readRelatedTerms } from './relatedTermsFile';
import { generatedClaims, newsVocabulary } from './syntheticClaims';

const ratio = (n: number, d: number): string => (d === 0 ? 'n/a' : (n / d).toFixed(3));

/** Scores pages' matches, overall and by page kind. */
export function scorePages(pages: LabelledPage[], matchesOf: (p: LabelledPage) => SentenceMatch[], errors: ScoreError[] = []): { all: PageScore; byKind: Map<string, PageScore> } {
  const all = emptyPageScore();
  const byKind = new Map<string, PageScore>();
  for (const p of pages) {
    const s = emptyPageScore();
    scoreMatches(p, matchesOf(p), s, errors);
    addPageScore(all, s);
    const k = byKind.get(p.kind) ?? emptyPageScore();
    addPageScore(k, s);
    byKind.set(p.kind, k);
  }
  return { all, byKind };
}

/** One line of figures. */
export function scoreLine(s: PageScore): string {
  return `precision ${ratio(s.correct, s.correct + s.wrong)} (${s.correct} right, ${s.wrong} wrong)  recall ${ratio(s.found, s.required)} (${s.found}/${s.required})  stance ${ratio(s.stanceRight, s.stanceLabelled)} (${s.stanceRight}/${s.stanceLabelled})`;
}

function report(title: string, pages: LabelledPage[], matchesOf: (p: LabelledPage) => SentenceMatch[], showErrors: boolean): void {
  const errors: ScoreError[] = [];
  const { all, byKind } = scorePages(pages, matchesOf, errors);
  console.log(`${title}\n  all: ${scoreLine(all)}`);
  for (const [kind, s] of [...byKind].sort()) console.log(`  ${kind.padEnd(14)} ${s.required > 0 ? scoreLine(s) : `${s.wrong} wrong highlights`}`);
  if (showErrors) for (const e of errors) console.log(`    ${e.kind.padEnd(6)} ${e.page} #${e.sentence} ${e.claim} ${e.detail}`);
}

/**
 * `npm run eval`: matcher quality on the real-news development set and on the
 * self-written sentences, reported apart: cross-validated (each page matched by a model
 * fitted without it, at the committed threshold), then with the committed model, then
 * with 10,000 generated distractor claims in the index. `--errors` lists every wrong,
 * missed and mis-stanced highlight by page and sentence number.
 */
export async function runEval(index: ClaimIndex, showErrors: boolean): Promise<number> {
  const set = await loadRealNewsSet();
  const real = realPages(index, set);
  const written = await writtenPages(index, set);
  const pages = [...real, ...written];
  console.log(`Real-news pages: ${real.length}; self-written sentences: ${written.length}; threshold ${MATCH_THRESHOLD}\n`);
  const cv = crossValidatedMatches(index, pages, [MATCH_THRESHOLD]).get(MATCH_THRESHOLD) as Map<LabelledPage, SentenceMatch[]>;
  console.log(`Cross-validated (${FOLDS} folds over pages):`);
  report('Real news', real, (p) => cv.get(p) ?? [], showErrors);
  report('Self-written', written, (p) => cv.get(p) ?? [], showErrors);
  const matcher = new ClaimMatcher(index);
  console.log('\nCommitted model (fitted on all of both sets):');
  report('Real news', real, (p) => matcher.matchText(p.text), false);
  report('Self-written', written, (p) => matcher.matchText(p.text), false);
  // The same pages with 10,000 generated claims in the index: how the matcher holds up as the index grows.
  const lexicon = await readRelatedTerms();
  const claims = [...index.claims, ...generatedClaims(10_000, newsVocabulary([...index.documents.map((d) => d.text), ...pages.map((p) => p.text)]), lexicon.verbs)];
  const big = new ClaimMatcher({ claims, lexicon: indexLexicon(claims, lexicon) });
  console.log('\nCommitted model, 10,000 generated distractor claims in the index:');
  report('Real news', real, (p) => big.matchText(p.text), false);
  report('Self-written', written, (p) => big.matchText(p.text), false);
  return 0;
}
