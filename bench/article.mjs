// Deterministic news-like test articles for the browser benchmark.
//
// makeArticle({ claims: true }) mixes the claim sentences of tests/fixtures/pages/claims-article.html
// and every `text` of tests/fixtures/eval/matcher-eval.jsonl (paraphrases, denials, near-misses,
// unrelated news) with neutral filler until the article body holds `words` words;
// makeArticle({ claims: false }) is the same length and layout with filler only.
// Same arguments, same bytes: a seeded PRNG, no clock, no Math.random.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '..');

/** mulberry32: a tiny seeded PRNG, good enough to shuffle test text. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (rand, list) => list[Math.floor(rand() * list.length)];

function shuffle(rand, list) {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const wordCount = (s) => s.split(/\s+/).filter(Boolean).length;

/** The visible claim-stating sentences of the e2e claims article (headline and paragraphs, tags stripped). */
export function claimArticleSentences() {
  const html = readFileSync(resolve(repo, 'tests/fixtures/pages/claims-article.html'), 'utf8');
  const out = [];
  for (const id of ['p-request', 'p-denial', 'p-support']) {
    const m = html.match(new RegExp(`<p id="${id}">([\\s\\S]*?)</p>`));
    if (m) out.push(m[1].replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim());
  }
  const h1 = html.match(/<h1>([\s\S]*?)<\/h1>/);
  if (h1) out.push(`${h1[1].trim()}.`);
  return out;
}

/** Every sentence of the labelled matcher set. */
export function evalSentences() {
  return readFileSync(resolve(repo, 'tests/fixtures/eval/matcher-eval.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l).text);
}

// Neutral filler: local-news sentences about councils, weather, transport and culture, with
// reporting verbs (so the extractor has work to do) but no people, places or actions of the claim index.
const SUBJECTS = [
  'The harbour authority', 'The county council', 'A spokeswoman for the library trust', 'The regional rail operator',
  'Organisers of the autumn book fair', 'The parks department', 'A committee of local traders', 'The water utility',
  'Teachers at the grammar school', 'The cycling club', 'The museum board', 'Volunteers at the food bank',
  'The planning inspector', 'A group of residents', 'The ferry company', 'The chamber orchestra',
];
const VERBS = [
  'said', 'announced', 'confirmed', 'told the Ledger', 'wrote in a newsletter', 'noted on Thursday', 'explained at a public meeting',
  'said in a statement',
];
const CLAUSES = [
  'that the new timetable would take effect at the start of April',
  'that repairs to the footbridge were running two weeks behind schedule',
  'that attendance had risen for the third year in a row',
  'that the roof of the old market hall needed a full survey before the winter',
  'that a second car park would open near the station by the summer',
  'that volunteers had planted more than four hundred trees along the river path',
  'that ticket prices would stay the same for another season',
  'that the reading room would close early on Fridays during the renovation',
  'that the annual regatta had been moved to the last weekend of June',
  'that a local bakery had won a regional prize for its rye bread',
  'that the flood barrier had been tested twice without any problems',
  'that the bus shelters on the high street would be replaced with glass ones',
  'that the choir was looking for tenors and would hold auditions in the parish hall',
  'that school meals would include more vegetables from nearby farms',
  'that the budget for road resurfacing had been spent more slowly than planned',
  'that the lighthouse would be open to visitors on two weekends in September',
];
const OPENERS = [
  'On a grey morning by the quay,', 'Later in the afternoon,', 'Meanwhile,', 'By the end of the week,', 'In a separate development,',
  'As the rain eased,', 'Earlier this month,', 'For now,',
];
const PLAIN = [
  'The meeting lasted a little over two hours and ended with a show of hands.',
  'Several people in the public gallery asked for the minutes to be published online.',
  'The weather stayed mild, with light winds from the west and occasional showers.',
  'A queue formed outside the bakery well before it opened its doors at seven.',
  'The old stone bridge has carried traffic across the estuary for nearly two centuries.',
  'Children from the primary school painted a mural on the wall of the sports hall.',
  'The evening concert sold out within a day, and a second date was added.',
  'Parking on the seafront will be free on Sundays until the end of the month.',
  'The allotment society handed out seeds and advice to anyone who stopped by.',
  'Fishing boats returned early as the tide turned and the swell picked up.',
];

function fillerSentence(rand) {
  const r = rand();
  if (r < 0.35) return pick(rand, PLAIN);
  const core = `${pick(rand, SUBJECTS)} ${pick(rand, VERBS)} ${pick(rand, CLAUSES)}.`;
  if (r < 0.6) {
    const o = pick(rand, OPENERS);
    return `${o} ${core[0].toLowerCase()}${core.slice(1)}`;
  }
  return core;
}

/** Wraps one short run of words of an already-escaped sentence in <a> or <em> (about one sentence in three). */
function decorate(rand, sentence, linkNo) {
  if (rand() > 0.33) return escapeHtml(sentence);
  const words = sentence.split(' ');
  if (words.length < 6) return escapeHtml(sentence);
  const start = 1 + Math.floor(rand() * (words.length - 4));
  const len = 1 + Math.floor(rand() * 3);
  const before = escapeHtml(words.slice(0, start).join(' '));
  const inner = escapeHtml(words.slice(start, start + len).join(' '));
  const after = escapeHtml(words.slice(start + len).join(' '));
  const tag = rand() < 0.6 ? `<a href="#ref-${linkNo}">${inner}</a>` : `<em>${inner}</em>`;
  return `${before} ${tag} ${after}`;
}

const STYLE = `body { font: 18px/1.6 Georgia, "Times New Roman", serif; color: #1b1b1b; background: #fbfaf7; margin: 0; }
      header.masthead { border-bottom: 3px double #1b1b1b; padding: 14px 24px; font: 700 26px/1 Georgia, serif; }
      article { max-width: 680px; margin: 24px auto; padding: 0 24px 80px; }
      h1 { font-size: 34px; line-height: 1.15; margin: 0 0 8px; }
      .byline { font: 14px/1.4 system-ui, sans-serif; color: #555; margin-bottom: 24px; }
      a { color: #0b4f8a; }`;

/**
 * A ~`words`-word article as an HTML string, plus facts about it.
 * @param {{ claims?: boolean, words?: number, seed?: number }} options
 */
export function makeArticle({ claims = true, words = 10_000, seed = 4 } = {}) {
  const rand = prng(seed);
  const claimPool = claims ? shuffle(rand, [...claimArticleSentences(), ...evalSentences()]) : [];
  // Spread the claim sentences evenly: each sentence slot is a claim sentence with this probability.
  const claimWords = claimPool.reduce((n, s) => n + wordCount(s), 0);
  const share = claims ? Math.min(0.9, claimWords / words) : 0;
  const paragraphs = [];
  let total = 0;
  let used = 0;
  let links = 0;
  while (total < words) {
    const n = 3 + Math.floor(rand() * 4);
    const parts = [];
    for (let i = 0; i < n && total < words; i++) {
      const fromPool = used < claimPool.length && rand() < share * 1.2;
      const sentence = fromPool ? claimPool[used++] : fillerSentence(rand);
      total += wordCount(sentence);
      parts.push(decorate(rand, sentence, ++links));
    }
    paragraphs.push(parts.join(' '));
  }
  const body = [];
  paragraphs.forEach((p, i) => {
    if (i > 0 && i % 12 === 0) body.push(`      <h2>Part ${i / 12 + 1}</h2>`);
    body.push(`      <p>${p}</p>`);
  });
  const title = claims ? 'The week in review: talks, denials and the harbour timetable' : 'The week in review: the harbour timetable and other local news';
  const article = `      <h1>${title}</h1>
      <p class="byline">By the Ledger staff · benchmark edition (seed ${seed})</p>
${body.join('\n')}`;
  const html = page(title, article, '<script>window.pageScriptRan = true;</script>');
  return { html, article, words: total, paragraphs: paragraphs.length, claimSentences: used, claimPoolSize: claimPool.length };
}

function page(title, article, script) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${title} - The Harbour Ledger</title>
    <style>
      ${STYLE}
    </style>
  </head>
  <body>
    <header class="masthead">The Harbour Ledger</header>
    <article>
${article}
    </article>
    ${script}
  </body>
</html>
`;
}

/**
 * A single-page news site for the long-session benchmark: `articles` different ~10,000-word
 * articles with claims (other seeds), and `window.openArticle(n)`, which swaps the article in
 * place and pushes /spa/article-n, as a client-side router does. No reload ever happens.
 */
export function makeSpaSite({ articles = 4, words = 10_000 } = {}) {
  const bodies = Array.from({ length: articles }, (_, i) => makeArticle({ claims: true, words, seed: 100 + i }).article);
  const script = `<script>
      const articles = ${JSON.stringify(bodies).replace(/</g, '\\u003c')};
      window.openArticle = (n) => {
        const fresh = document.createRange().createContextualFragment(articles[n % articles.length]);
        document.querySelector('article').replaceChildren(fresh);
        history.pushState({ n }, '', '/spa/article-' + n);
        window.scrollTo(0, 0);
      };
    </script>`;
  return { html: page('Single-page edition', bodies[0], script), articles };
}
