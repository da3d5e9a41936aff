import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSourceDocument } from '../../src/core/document/sourceDocument';
import { extractAttributions } from '../../src/core/extract/extractAttributions';
import { buildClaimIndex } from '../../src/core/index/buildIndex';
import { lexicon } from './lexicon';
import { ClaimMatcher } from '../../src/core/match/matcher';
import { segmentSentences } from '../../src/core/text/sentences';
import type { TextSpan } from '../../src/core/text/span';

// Property tests over the pure core with hostile text: whatever a page or a document holds,
// the segmenter, extractor and matcher terminate, never throw, and every offset they return
// points at the text they return with it. A fixed seed keeps CI deterministic; set
// FUZZ_SEED to explore other inputs locally (a failure prints the seed and counterexample).

const SEED = Number(process.env.FUZZ_SEED ?? 20250305);
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const params = { seed: SEED, numRuns: RUNS, endOnFailure: true } as const;

/** News-shaped pieces: names, titles, reporting verbs, abbreviations, quotes of every kind, breaks. */
const PIECES = [
  'Russia', 'China', 'Mr.', 'Ms', 'U.S.', 'Feb.', 'J.K.', 'Inc.', 'said', 'denied', 'disputed', 'according to', 'citing', 'told reporters',
  'Dmitry Peskov', 'the spokesman', 'he', 'it', 'this', 'reports that', 'Asked whether', 'did not deny it directly', 'asked', 'for', 'military',
  'equipment', 'drones', 'Beijing', 'Moscow', 'Washington officials', 'not', 'never', 'false', 'fake news',
  '“', '”', '"', '‘', '’', "'", '«', '»', '(', ')', '[', ']', ',', ';', ':', '.', '?', '!', '…', '—', '-', ' ', '  ', '\t',
  '\n', '\n\n', '\n\n\n', '\r\n', '\u2029', '\u200B', '\u200D', '\uFEFF', '\u202E', '\u2066', '\u00A0', '\u0301', '😀', '👩‍👩‍👧', '\uD800', '\uDFFF',
  '<img src=x onerror=alert(1)>', 'javascript:alert(1)', 'Россия', '中国', 'مرحبا', 'İ', 'ß', '0', '2022', '15.3',
];

const piecesText = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((parts) => parts.join(' '));
const gluedPieces = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((parts) => parts.join(''));
/** Arbitrary code points, lone surrogates included (fast-check's "binary" units cover the whole range). */
const anyUnicode = fc.string({ unit: 'binary', maxLength: 300 });
const anyUtf16 = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 300 });
/** One very long line: a word or a quote repeated without a sentence end, or with one only at the very end. */
const longLine = fc
  .record({
    word: fc.constantFrom('Russia asked China for drones', 'word', '“open quote', 'Mr.', 'U.S.', 'a"b', '\u200B', 'Peskov said'),
    times: fc.integer({ min: 500, max: 4000 }),
    end: fc.constantFrom('', '.', '”', '" he said.', '?'),
  })
  .map(({ word, times, end }) => Array(times).fill(word).join(' ') + end);
/** Paragraphs of news-shaped text with empty ones between, and quotes left open across them. */
const paragraphs = fc
  .array(fc.oneof(piecesText, fc.constant(''), fc.constant('   '), fc.constant('“'), fc.constant('"')), { maxLength: 12 })
  .map((ps) => ps.join('\n\n'));

const hostileText = fc.oneof(
  { weight: 4, arbitrary: piecesText },
  { weight: 2, arbitrary: gluedPieces },
  { weight: 2, arbitrary: anyUnicode },
  { weight: 1, arbitrary: anyUtf16 },
  { weight: 2, arbitrary: paragraphs },
  { weight: 1, arbitrary: longLine },
);

/** Spans are inside [from, to), non-empty, in order, and each one's text is exactly the slice it names. */
function expectExactSpans(text: string, spans: readonly TextSpan[], from = 0, to = text.length): void {
  let last = from;
  for (const s of spans) {
    expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
    expect(s.start).toBeGreaterThanOrEqual(last);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(to);
    expect(text.slice(s.start, s.end)).toBe(s.text);
    last = s.end;
  }
}

/** A span anywhere inside the text (attribution spans may overlap and come in any order). */
function expectSpanPointsAtText(text: string, s: TextSpan): void {
  expect(s.start).toBeGreaterThanOrEqual(0);
  expect(s.end).toBeLessThanOrEqual(text.length);
  expect(s.start).toBeLessThanOrEqual(s.end);
  expect(text.slice(s.start, s.end)).toBe(s.text);
}

// A small index of two fresh documents, so the matcher has claims to find and candidates to score.
const index = buildClaimIndex([
  parseSourceDocument('a', 'a.txt', 'Japanese officials said Japan had asked Canada for extra shipments of liquefied gas.\n\nCanada denied that Japan had requested extra liquefied gas shipments from it.'),
  parseSourceDocument('b', 'b.txt', '“India has quietly sold surveillance drones to Egypt,” two officials told reporters.\n\nMr. Rao, the minister, said: “This is false.”'),
], lexicon);
const matcher = new ClaimMatcher(index);
/** Sentences that do match, mixed into the random text so the matcher's own paths run. */
const matching = fc.constantFrom(
  'Tokyo requested additional gas shipments from Ottawa, according to a government source.',
  'Ottawa denied that Tokyo had sought more gas from Canada.',
  'India sold surveillance drones to Egypt, officials said.',
  'China also denied these reports.',
);
const textWithClaims = fc.array(fc.oneof(hostileText, matching), { maxLength: 6 }).chain((parts) =>
  fc.constantFrom(' ', '\n', '\n\n', '', '\u200B').map((sep) => parts.join(sep)),
);

describe('fuzz: segmentSentences', () => {
  it('terminates, never throws, and every sentence is the exact slice of its offsets', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        expectExactSpans(text, segmentSentences(text));
      }),
      params,
    );
  });

  it('keeps sentences inside a sub-range [from, to)', () => {
    const withRange = hostileText.chain((text) =>
      fc.tuple(fc.constant(text), fc.nat(text.length), fc.nat(text.length)).map(([t, a, b]) => ({ text: t, from: Math.min(a, b), to: Math.max(a, b) })),
    );
    fc.assert(
      fc.property(withRange, ({ text, from, to }) => {
        expectExactSpans(text, segmentSentences(text, from, to), from, to);
      }),
      params,
    );
  });
});

describe('fuzz: extractAttributions', () => {
  it('terminates, never throws, and every content span (and denial target) points at its text', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        for (const a of extractAttributions(text)) {
          expectSpanPointsAtText(text, a.content);
          if (a.target?.kind === 'span') expectSpanPointsAtText(text, a.target.span);
          if (a.target?.kind === 'accused') expectSpanPointsAtText(text, a.target.party);
        }
      }),
      params,
    );
  });
});

describe('fuzz: ClaimMatcher.matchText', () => {
  it('terminates, never throws, and every match is the exact slice of its offsets with a known claim', () => {
    const claimIds = new Set(index.claims.map((c) => c.id));
    fc.assert(
      fc.property(textWithClaims, (text) => {
        for (const m of matcher.matchText(text)) {
          expect(text.slice(m.start, m.end)).toBe(m.sentence);
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(claimIds.has(m.claimId)).toBe(true);
          expect(Number.isFinite(m.score)).toBe(true);
        }
      }),
      params,
    );
  });

  it('still finds a known claim sentence when hostile text surrounds it', () => {
    fc.assert(
      fc.property(piecesText, piecesText, (before, after) => {
        const sentence = 'Tokyo requested additional gas shipments from Ottawa, according to a government source.';
        const text = `${before}\n\n${sentence}\n\n${after}`;
        const at = text.indexOf(sentence);
        const hit = matcher.matchText(text).find((m) => m.start === at);
        expect(hit?.sentence).toBe(sentence);
      }),
      params,
    );
  });
});

describe('fuzz: the page-sized cases the extension meets', () => {
  it('handles a 50,000-character sentence and 5,000 empty paragraphs quickly', () => {
    const huge = `${'Russia asked China for military equipment and '.repeat(1100)}drones.`;
    for (const text of [huge, '\n'.repeat(5000), `“${huge}`, `${'\u200B'.repeat(50_000)}.`]) {
      expectExactSpans(text, segmentSentences(text));
      for (const a of extractAttributions(text)) expectSpanPointsAtText(text, a.content);
      for (const m of matcher.matchText(text)) expect(text.slice(m.start, m.end)).toBe(m.sentence);
    }
  });

});
