import { readFile } from 'node:fs/promises';
import { buildClaimIndex } from '../core/index/buildIndex';
import type { ClaimIndex } from '../core/index/schema';
import { extractAttributions, type ExtractedAttribution } from '../core/extract/extractAttributions';
import type { Stance } from '../core/extract/statement';
import { attributionsQuoting, loadArticles } from './inventedArticles';
import { loadDocuments } from './loadDocuments';
import { loadRealNewsSet, pageText } from './realNewsSet';
import { readRelatedTerms } from './relatedTermsFile';

/** Our who-said-what labels of the real-news pages, by page id and sentence numbers (no text). */
export const ATTRIBUTION_LABELS = 'tests/fixtures/realnews/attribution-labels.json';

/** One labelled statement: who (under any of `keys`), which side, in which sentences. */
export interface AttributionLabel {
  page: string;
  /** First and last sentence (0-based) the statement spans. */
  sentences: [number, number];
  speaker: string;
  keys: string[];
  side: Stance;
  what: string;
}

/** Counts behind precision and recall. */
interface Tally {
  extracted: number;
  extractedRight: number;
  labelled: number;
  labelledFound: number;
}

/** Folds a name for comparison: lower case, "U.S." as "us", curly apostrophes straight. */
function fold(name: string): string {
  return ` ${name.toLowerCase().replace(/\u2019/gu, "'").replace(/\b(\p{L})\.(?=\p{L}\.)/gu, '$1').replace(/\b(\p{L})\.(?!\p{L})/gu, '$1').replace(/[^\p{L}\p{N}'-]+/gu, ' ').trim()} `;
}

/** Whether an extracted actor names the labelled speaker: one of its keys as whole words (a plural s allowed). */
export function namesSpeaker(actor: string, keys: string[]): boolean {
  const a = fold(actor);
  return keys.some((k) => {
    const key = fold(k).trim();
    return a.includes(` ${key} `) || a.includes(` ${key}s `);
  });
}

/** The sentence numbers an attribution's words touch. */
function sentencesOf(a: ExtractedAttribution, spans: { start: number; end: number }[]): number[] {
  return spans.flatMap((s, i) => (a.content.start < s.end && a.content.end > s.start ? [i] : []));
}

interface PageResult {
  page: string;
  extracted: { a: ExtractedAttribution; sentences: number[]; label: AttributionLabel | null }[];
  missed: AttributionLabel[];
}

/**
 * Pairs a page's extracted attributions with its labels: an extraction counts for a label
 * when it touches the label's sentences, names its speaker and takes its side. Each label
 * and each extraction is used at most once.
 */
function scorePage(page: string, extracted: ExtractedAttribution[], spans: { start: number; end: number }[], labels: AttributionLabel[]): PageResult {
  const open = new Set(labels);
  const rows = extracted.map((a) => {
    const sentences = sentencesOf(a, spans);
    const label = [...open].find((l) => l.side === a.stance && sentences.some((s) => s >= l.sentences[0] && s <= l.sentences[1]) && namesSpeaker(a.source.actor, l.keys)) ?? null;
    if (label) open.delete(label);
    return { a, sentences, label };
  });
  return { page, extracted: rows, missed: [...open] };
}

const ratio = (n: number, d: number): string => (d === 0 ? 'n/a' : (n / d).toFixed(3));

function line(name: string, t: Tally): string {
  return `  ${name.padEnd(16)} precision ${ratio(t.extractedRight, t.extracted)} (${t.extractedRight} of ${t.extracted})  recall ${ratio(t.labelledFound, t.labelled)} (${t.labelledFound} of ${t.labelled})`;
}

/** The seeds' and the invented articles' figures, the ones their unit tests gate. */
async function seedFigures(): Promise<void> {
  const lexicon = await readRelatedTerms();
  const seeds: ClaimIndex = buildClaimIndex(await loadDocuments('assets/documents'), lexicon);
  const seedAttributions = seeds.claims.flatMap((c) => c.attributions);
  const count = (s: Stance): number => seedAttributions.filter((a) => a.stance === s).length;
  console.log(`\nSeeds (assets/documents): ${seeds.claims.length} claims, ${seedAttributions.length} attributions (asserts ${count('asserts')}, denies ${count('denies')}, disputes ${count('disputes')})`);
  const articles = loadArticles();
  const index = buildClaimIndex(articles.map((a) => a.doc), lexicon);
  const expected = articles.flatMap(({ doc, expected: x }) => x.attributions.map((e) => ({ e, hit: attributionsQuoting(index, e.quote).find((h) => h.a.documentId === doc.id) })));
  const hits = expected.filter((f) => f.hit);
  const rightSource = hits.filter(({ e, hit }) => hit && (hit.a.actor.toLowerCase().includes(e.actor.toLowerCase()) || e.actor.toLowerCase().includes(hit.a.actor.toLowerCase())));
  const falseDenials = hits.filter(({ e, hit }) => hit?.a.stance === 'denies' && e.stance !== 'denies');
  const narration = articles.flatMap(({ expected: x }) => x.notAttributed ?? []).filter((n) => attributionsQuoting(index, n).length > 0);
  console.log(`Invented articles (tests/fixtures/articles): found ${hits.length} of ${expected.length}, right source ${rightSource.length}, right stance ${hits.filter(({ e, hit }) => hit?.a.stance === e.stance).length}, false denials ${falseDenials.length}, narration attributed ${narration.length}`);
}

/**
 * `npm run eval:extract`: who-said-what on the real-news development pages against our
 * labels. Speaker-and-side precision and recall (an extraction is right when it names a
 * labelled speaker of its sentence with that label's side), and the same for denials;
 * then the seeds' and invented articles' figures. `--errors` lists every wrong and missed one.
 */
export async function runEvalExtract(showErrors: boolean): Promise<number> {
  const set = await loadRealNewsSet();
  const labels = (JSON.parse(await readFile(ATTRIBUTION_LABELS, 'utf8')) as { labels: AttributionLabel[] }).labels;
  const all: Tally = { extracted: 0, extractedRight: 0, labelled: 0, labelledFound: 0 };
  const denials: Tally = { extracted: 0, extractedRight: 0, labelled: 0, labelledFound: 0 };
  const errors: string[] = [];
  for (const page of set.pages) {
    const { text, spans } = pageText(page.sentences.map((s) => s.text));
    const pageLabels = labels.filter((l) => l.page === page.id);
    const r = scorePage(page.id, extractAttributions(text), spans, pageLabels);
    all.extracted += r.extracted.length;
    all.extractedRight += r.extracted.filter((x) => x.label).length;
    all.labelled += pageLabels.length;
    all.labelledFound += pageLabels.length - r.missed.length;
    denials.extracted += r.extracted.filter((x) => x.a.stance === 'denies').length;
    denials.extractedRight += r.extracted.filter((x) => x.a.stance === 'denies' && x.label).length;
    denials.labelled += pageLabels.filter((l) => l.side === 'denies').length;
    denials.labelledFound += pageLabels.filter((l) => l.side === 'denies' && !r.missed.includes(l)).length;
    for (const x of r.extracted.filter((e) => !e.label)) errors.push(`  wrong  ${page.id} #${x.sentences.join(',')} ${x.a.stance} "${x.a.source.actor}"${x.a.source.role ? ` (${x.a.source.role})` : ''} cue "${x.a.cue}": ${text.slice(x.a.content.start, x.a.content.start + 60)}`);
    for (const l of r.missed) errors.push(`  missed ${page.id} #${l.sentences[0]}${l.sentences[1] !== l.sentences[0] ? `-${l.sentences[1]}` : ''} ${l.side} ${l.speaker}: ${l.what}`);
  }
  console.log(`Real-news pages: ${set.pages.length}; labelled statements: ${labels.length} (${ATTRIBUTION_LABELS})`);
  console.log(line('speaker and side', all));
  console.log(line('denials', denials));
  if (showErrors) for (const e of errors) console.log(e);
  await seedFigures();
  return 0;
}
