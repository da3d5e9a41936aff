// The service worker's cold start in Chromium, with the reader's index of `npm run bench`
// (10,000 generated claims in 500 stored sources of 2,000 words) against an empty one, in the same run.
//
// Two persistent Chromium profiles with dist/chrome: one whose reader's store holds those sources
// (saved through the extension's own message, as an import does), one with none. Each run, in
// each profile, alternating: the worker is stopped (chrome://serviceworker-internals, "Stop"), then
// a page is opened whose text restates a bundled claim and one of the reader's claims; its content
// script wakes the worker, which starts, loads the index, matches and answers. The page probe
// (probe.mjs) times the first highlight from the navigation's start. The same page is then opened
// again with the worker running and the index loaded: the difference is what the cold start costs
// a reader. Run 0 is a warm-up and is not counted.
//
//   npm run bench:worker                       # build, then 7 runs (about 2 minutes)
//   node --import tsx/esm bench/worker-start.mjs --runs 11
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extensionWorker, launchChromium, WELCOME_PATH } from '../tests/e2e/browsers.mjs';
import { serveStatic } from '../tests/e2e/server.mjs';
import { pageProbe, readProbe } from './probe.mjs';
import { parseClaimIndex } from '../src/core/index/schema.ts';
import { benchReaderSources } from '../src/cli/bench.ts';
import { median } from './stats.mjs';

const { values: opts } = parseArgs({ options: { runs: { type: 'string', default: '7' }, extension: { type: 'string', default: 'dist/chrome' } } });
const RUNS = Number(opts.runs);

const bundled = parseClaimIndex(JSON.parse(await readFile('assets/claim-index.json', 'utf8')));
const sources = await benchReaderSources(bundled);
const readerClaim = sources[sources.length - 1].claims[0];

// The page: a sentence restating a bundled claim, and one restating a claim of the reader's index.
const site = await mkdtemp(join(tmpdir(), 'claimscope-worker-start-site-'));
const paragraph = (text) => `<p>${text.replace(/[&<>]/gu, (c) => `&#${c.charCodeAt(0)};`)}</p>`;
await writeFile(
  join(site, 'page.html'),
  `<!doctype html><html lang="en"><meta charset="utf-8"><title>Talks</title><body><article><h1>Talks</h1>${paragraph('US officials said Russia had asked China for military equipment and drones.')}${paragraph(`${readerClaim.text}, officials said.`)}</article></body></html>`,
);
const server = await serveStatic(site);


/** A Chromium profile with a private copy of the extension, its worker and the internals page that stops it. */
async function openProfile(kind) {
  const profile = await mkdtemp(join(tmpdir(), `claimscope-worker-start-${kind}-`));
  const extension = await mkdtemp(join(tmpdir(), 'claimscope-worker-start-ext-'));
  await cp(opts.extension, extension, { recursive: true });
  const context = await launchChromium(profile, extension, { headless: true });
  await context.addInitScript(pageProbe);
  const { extensionId } = await extensionWorker(context);
  if (kind === 'reader') {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${WELCOME_PATH}`);
    for (let i = 0; i < sources.length; i += 25) {
      const answer = await page.evaluate((batch) => chrome.runtime.sendMessage({ claimscope: 'saveReaderSources', payload: { sources: batch } }), sources.slice(i, i + 25));
      if (!answer?.ok) throw new Error(`saving the reader's sources failed: ${answer?.error}`);
    }
    const stored = await page.evaluate(() => chrome.runtime.sendMessage({ claimscope: 'getReaderIndex', payload: {} }));
    if (stored.index.claims.length !== sources.length * sources[0].claims.length) throw new Error('the reader’s index was not stored whole');
    await page.close();
  }
  const internals = await context.newPage();
  await internals.goto('chrome://serviceworker-internals/');
  // The bundled claim's sentence is highlighted in both profiles, the reader's claim's only where the reader's index holds it.
  return { kind, context, extensionId, internals, profile, extension, highlights: kind === 'reader' ? 2 : 1, cold: [], warm: [] };
}

/** Stops the extension's service worker and waits until Chromium reports it stopped. */
async function stopWorker(p) {
  await p.internals.bringToFront();
  const status = () => p.internals.evaluate((id) => [...document.querySelectorAll('.serviceworker-registration')].find((r) => r.textContent.includes(id))?.querySelector('.serviceworker-running-status .value')?.textContent.trim() ?? null, p.extensionId);
  await p.internals.waitForFunction((id) => [...document.querySelectorAll('.serviceworker-registration')].some((r) => r.textContent.includes(id)), p.extensionId);
  if ((await status()) !== 'STOPPED') {
    await p.internals.evaluate((id) => {
      const registration = [...document.querySelectorAll('.serviceworker-registration')].find((r) => r.textContent.includes(id));
      registration?.querySelector('cr-button[data-command="stop"]')?.click();
    }, p.extensionId);
  }
  for (let i = 0; i < 100 && (await status()) !== 'STOPPED'; i++) await p.internals.waitForTimeout(50);
  if ((await status()) !== 'STOPPED') throw new Error('the service worker did not stop');
}

/** Opens the page in a new tab; the first highlight's time from the navigation's start (ms). */
async function firstHighlight(p) {
  const page = await p.context.newPage();
  await page.goto(`${server.origin}/page.html`);
  await page.waitForFunction((n) => window.__claimscopeBench.ranges >= n, p.highlights, { timeout: 15_000 });
  const probe = await page.evaluate(readProbe);
  await page.close();
  return probe.firstHighlightAt;
}

const profiles = [];
try {
  for (const kind of ['bundled', 'reader']) profiles.push(await openProfile(kind));
  for (let run = 0; run <= RUNS; run++) {
    for (const p of run % 2 ? [...profiles].reverse() : profiles) {
      await stopWorker(p);
      const cold = await firstHighlight(p);
      const warm = await firstHighlight(p);
      if (run > 0) {
        p.cold.push(cold);
        p.warm.push(warm);
      }
    }
  }
  const [alone, reader] = profiles;
  const row = (label, pick) => `${label.padEnd(56)} ${median(pick(alone)).toFixed(0).padStart(8)} ${median(pick(reader)).toFixed(0).padStart(10)}`;
  console.log(`Chromium ${profiles[0].context.browser()?.version() ?? ''}; reader's index: ${sources.length * sources[0].claims.length} claims in ${sources.length} sources; medians of ${RUNS} runs, alternating`);
  console.log(`${''.padEnd(56)} ${'bundled'.padStart(8)} ${'+ reader'.padStart(10)}`);
  console.log(row('first highlight, worker stopped before the page (ms)', (p) => p.cold));
  console.log(row('first highlight, worker running, index loaded (ms)', (p) => p.warm));
  console.log(row('what the cold start adds (median of paired differences)', (p) => p.cold.map((c, i) => c - p.warm[i])));
  console.log(`runs, cold: bundled ${alone.cold.map((x) => x.toFixed(0)).join(' ')} · reader ${reader.cold.map((x) => x.toFixed(0)).join(' ')}`);
} finally {
  for (const p of profiles) {
    await p.context.close();
    await rm(p.profile, { recursive: true, force: true });
    await rm(p.extension, { recursive: true, force: true });
  }
  await server.close();
  await rm(site, { recursive: true, force: true });
}
