import { readFile } from 'node:fs/promises';
import type { ClaimIndex } from '../core/index/schema';
import { ClaimMatcher, MATCH_THRESHOLD } from '../core/match/matcher';
import { generatedClaims, newsVocabulary } from './syntheticClaims';

/** One labelled sentence of the evaluation set. */
interface Labelled {
  id: string;
  text: string;
  claimQuote: string | null;
  stance: 'states' | 'denies' | 'disputes' | null;
  kind: string;
  split: 'calibrate' | 'test';
}

const EVAL_FILE = 'tests/fixtures/eval/matcher-eval.jsonl';

/** The claims whose attributions cover the anchor's place in the documents: any of them is a right answer. */
function goldClaims(index: ClaimIndex, anchor: string): Set<string> {
  const out = new Set<string>();
  for (const d of index.documents) {
    const at = d.text.indexOf(anchor);
    if (at < 0) continue;
    const end = at + anchor.length;
    for (const c of index.claims) if (c.attributions.some((a) => a.documentId === d.id && a.start < end && a.end > at)) out.add(c.id);
  }
  return out;
}

interface Scores {
  highlighted: number;
  correct: number;
  positives: number;
  stanceRight: number;
}

function score(index: ClaimIndex, rows: Labelled[], threshold: number, distractors: ClaimIndex['claims'] = []): Scores {
  const matcher = new ClaimMatcher({ claims: [...index.claims, ...distractors] }, threshold);
  const s: Scores = { highlighted: 0, correct: 0, positives: 0, stanceRight: 0 };
  for (const r of rows) {
    const gold = r.claimQuote ? goldClaims(index, r.claimQuote) : new Set<string>();
    if (r.claimQuote) s.positives++;
    const m = matcher.matchText(r.text)[0];
    if (!m) continue;
    s.highlighted++;
    if (gold.has(m.claimId)) {
      s.correct++;
      if (m.stance === r.stance) s.stanceRight++;
    }
  }
  return s;
}

const fmt = (n: number, d: number): string => (d === 0 ? 'n/a' : (n / d).toFixed(3));

/**
 * `npm run eval`: precision and recall of the matcher on the labelled set. Sweeps the
 * threshold on the calibration split (to choose MATCH_THRESHOLD) and reports the held-out
 * test split at the configured threshold. A highlight is right when it names a claim
 * whose attributions cover the labelled anchor.
 */
export async function runEval(index: ClaimIndex): Promise<number> {
  const rows = (await readFile(EVAL_FILE, 'utf8')).split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Labelled);
  const calibrate = rows.filter((r) => r.split === 'calibrate');
  const test = rows.filter((r) => r.split === 'test');
  console.log(`Labelled sentences: ${rows.length} (calibrate ${calibrate.length}, test ${test.length})\n`);
  console.log('Calibration split: threshold sweep');
  console.log('threshold  precision  recall  highlighted');
  for (let t = 0.3; t <= 0.901; t += 0.05) {
    const s = score(index, calibrate, t);
    console.log(`${t.toFixed(2).padStart(9)}  ${fmt(s.correct, s.highlighted).padStart(9)}  ${fmt(s.correct, s.positives).padStart(6)}  ${String(s.highlighted).padStart(11)}`);
  }
  const s = score(index, test, MATCH_THRESHOLD);
  console.log(`\nTest split at MATCH_THRESHOLD=${MATCH_THRESHOLD}:`);
  console.log(`  precision ${fmt(s.correct, s.highlighted)} (${s.correct}/${s.highlighted} highlights name the right claim)`);
  console.log(`  recall    ${fmt(s.correct, s.positives)} (${s.correct}/${s.positives} claim sentences found)`);
  console.log(`  stance    ${fmt(s.stanceRight, s.correct)} of right matches have the labelled stance`);
  // The same test with 10,000 generated claims mixed in: how the matcher holds up as the index grows.
  const distractors = generatedClaims(10_000, newsVocabulary([...index.documents.map((d) => d.text), ...rows.map((r) => r.text)]));
  const big = score(index, test, MATCH_THRESHOLD, distractors);
  console.log(`\nTest split with 10,000 generated distractor claims in the index:`);
  console.log(`  precision ${fmt(big.correct, big.highlighted)} (${big.correct}/${big.highlighted}), recall ${fmt(big.correct, big.positives)}`);
  return 0;
}
