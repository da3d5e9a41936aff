import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DocumentError, proseRange } from '../core/document/sourceDocument';
import { buildClaimIndex } from '../core/index/buildIndex';
import { ClaimIndexError, parseClaimIndex, type ClaimIndex } from '../core/index/schema';
import { ClaimMatcher } from '../core/match/matcher';
import type { SentenceMatch } from '../core/match/sentenceMatch';
import { segmentSentences } from '../core/text/sentences';
import { formatClaims } from './claimsReport';
import { runBench } from './bench';
import { runCalibrate } from './calibrate';
import { runEval } from './evaluate';
import { runEvalExtract } from './evalExtract';
import { buildRelatedTerms } from './lexiconBuild';
import { DEFAULT_LEXICON, readRelatedTerms } from './relatedTermsFile';
import { loadDocuments } from './loadDocuments';
import { visibleText } from './visibleText';
import { writeFileAtomic } from './writeAtomic';

const DEFAULT_DOCS = 'assets/documents';
const DEFAULT_INDEX = 'assets/claim-index.json';

const USAGE = `Usage:
  claimscope index [--docs DIR] [--out FILE]   build the claim index from news documents
  claimscope claims [--index FILE] [--json]     list every claim with who asserted and who denied it
  claimscope match FILE... [--index FILE] [--json] find the sentences of .txt or .html files that state a claim
  claimscope eval [--index FILE] [--errors]     matcher quality on the real-news and self-written sets
  claimscope eval-extract [--errors]            who-said-what on the real-news pages against our labels
  claimscope bench                              speed and memory of the matcher
  claimscope lexicon [--out FILE]               rebuild the related-terms table from WordNet and word vectors
  claimscope calibrate                          fit the match decision on the labelled sets, cross-validated`;

/** Reads and validates an index file; errors are worded for the person at the terminal. */
async function readIndexFile(path: string): Promise<ClaimIndex> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch {
    throw new ClaimIndexError(`No claim index at ${path}. Build it with "npx claimscope index".`);
  }
  try {
    return parseClaimIndex(JSON.parse(raw));
  } catch (e) {
    if (e instanceof ClaimIndexError) throw e;
    throw new ClaimIndexError(`The claim index at ${path} is not valid JSON (${(e as Error).message}). Rebuild it with "npx claimscope index".`);
  }
}

async function indexCommand(docsDir: string, out: string): Promise<void> {
  const docs = await loadDocuments(docsDir);
  const index = buildClaimIndex(docs, await readRelatedTerms());
  await writeFileAtomic(out, `${JSON.stringify(index, null, 1)}\n`);
  const attributions = index.claims.flatMap((c) => c.attributions);
  const count = (s: string): number => attributions.filter((a) => a.stance === s).length;
  const sentences = docs.reduce((n, d) => n + segmentSentences(d.text, proseRange(d.text).from, proseRange(d.text).to).length, 0);
  console.log(`Wrote ${out}`);
  console.log(`  documents:   ${docs.length}`);
  console.log(`  sentences:   ${sentences}`);
  console.log(`  attributions: ${attributions.length} (asserts ${count('asserts')}, denies ${count('denies')}, disputes ${count('disputes')})`);
  console.log(`  claims:      ${index.claims.length}`);
  console.log(`  claims with a denial or dispute: ${index.claims.filter((c) => c.attributions.some((a) => a.stance !== 'asserts')).length}`);
}

/**
 * `claimscope match FILE...`: the matched sentences of each file. With --json, one file
 * prints its matches as an array; several print an object from file name to matches.
 */
async function matchCommand(files: string[], indexPath: string, json: boolean): Promise<void> {
  const index = await readIndexFile(indexPath);
  const matcher = new ClaimMatcher(index);
  const results: Record<string, SentenceMatch[]> = {};
  for (const file of files) {
    const raw = await readFile(file, 'utf8');
    results[file] = matcher.matchText(/\.html?$/iu.test(file) ? visibleText(raw) : raw);
  }
  if (json) {
    console.log(JSON.stringify(files.length === 1 ? results[files[0] as string] : results, null, 1));
    return;
  }
  for (const [file, matches] of Object.entries(results)) {
    if (files.length > 1) console.log(`== ${file}`);
    if (matches.length === 0) console.log('No sentence states an indexed claim.');
    for (const m of matches) {
      const claim = index.claims.find((c) => c.id === m.claimId);
      if (!claim) continue;
      const names = (stances: string[]): string => [...new Set(claim.attributions.filter((a) => stances.includes(a.stance)).map((a) => a.actor))].join('; ') || 'nobody';
      console.log(`“${m.sentence}”`);
      console.log(`  ${m.stance} claim ${claim.id}: ${claim.text}  (score ${m.score}; ${m.terms.join(', ')})`);
      console.log(`  asserted by: ${names(['asserts'])}`);
      console.log(`  denied or disputed by: ${names(['denies', 'disputes'])}\n`);
    }
  }
}

/** Entry point of `npx claimscope`; returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { docs: { type: 'string' }, out: { type: 'string' }, index: { type: 'string' }, json: { type: 'boolean' }, errors: { type: 'boolean' } },
    });
    const indexPath = resolve(values.index ?? DEFAULT_INDEX);
    switch (command) {
      case 'index':
        await indexCommand(resolve(values.docs ?? DEFAULT_DOCS), resolve(values.out ?? DEFAULT_INDEX));
        return 0;
      case 'claims': {
        const index = await readIndexFile(indexPath);
        console.log(values.json ? JSON.stringify(index.claims.map(({ propositions: _p, ...c }) => c), null, 1) : formatClaims(index));
        return 0;
      }
      case 'match':
        if (positionals.length === 0) throw new Error('match needs a FILE (.txt or .html)');
        await matchCommand(positionals, indexPath, Boolean(values.json));
        return 0;
      case 'eval':
        return await runEval(await readIndexFile(indexPath), Boolean(values.errors));
      case 'eval-extract':
        return await runEvalExtract(Boolean(values.errors));
      case 'calibrate':
        return await runCalibrate(await readIndexFile(indexPath));
      case 'lexicon': {
        const out = resolve(values.out ?? DEFAULT_LEXICON);
        await writeFileAtomic(out, `${JSON.stringify(await buildRelatedTerms())}\n`);
        console.log(`Wrote ${out}`);
        return 0;
      }
      case 'bench':
        await runBench(await readIndexFile(indexPath));
        return 0;
      default:
        console.log(USAGE);
        return command === undefined || command === 'help' || command === '--help' ? 0 : 2;
    }
  } catch (e) {
    if (e instanceof DocumentError || e instanceof ClaimIndexError) {
      console.error(`claimscope: ${e.message}`);
      if (e instanceof DocumentError) console.error('claimscope: nothing was written; the previous index is unchanged.');
      return 1;
    }
    console.error(`claimscope: ${(e as Error).message}`);
    return 1;
  }
}
