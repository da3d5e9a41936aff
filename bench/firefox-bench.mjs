// The page-cost benchmark in Firefox ESR (issue 11), reported beside Chromium's by browser-bench.mjs.
//
// Firefox has no CDP TaskDuration and no Long Tasks API, so the figure is the CPU time of the
// main threads of the browser's web content processes, read from Linux's /proc/PID/task/PID/schedstat
// (nanoseconds on CPU) before and after each load: it counts script, style, layout and paint alike.
// The add-ons' own process (where a background page runs) is told apart as Firefox's extension
// process, the first content process it starts, and reported on its own. Three browsers: without add-ons,
// with the read-and-segment reference, with Claimscope; loads alternate between them and each
// observes the same fixed window from navigation. Medians of paired differences; nothing asserted.
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { median } from './stats.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Content processes ("tab" in their command line) whose parent is the browser, in launch order (child id). */
async function contentProcesses(browserPid) {
  const out = [];
  for (const d of await readdir('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = await readFile(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== browserPid) continue;
      const cmd = (await readFile(`/proc/${d}/cmdline`, 'utf8')).split('\0').filter(Boolean);
      if (cmd.at(-1) === 'tab') out.push({ pid: Number(d), child: Number(cmd.at(-2)) });
    } catch {
      // The process ended while we read it.
    }
  }
  return out.sort((a, b) => a.child - b.child).map((p) => p.pid);
}

/** Main-thread CPU time (ns) of each content process. */
async function cpuSnapshot(browserPid) {
  const snap = new Map();
  for (const pid of await contentProcesses(browserPid)) {
    try {
      snap.set(pid, Number((await readFile(`/proc/${pid}/task/${pid}/schedstat`, 'utf8')).split(' ')[0]));
    } catch {
      // gone
    }
  }
  return snap;
}

async function launch(kind, addonDir) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    defaultViewport: { width: 1100, height: 800 },
    // No process launched ahead of need: the add-on's process is then the one its install starts.
    extraPrefsFirefox: { 'datareporting.policy.dataSubmissionEnabled': false, 'browser.shell.checkDefaultBrowser': false, 'dom.ipc.processPrelaunch.enabled': false },
  });
  const pid = browser.process().pid;
  // Firefox starts its extension process with the browser (for its built-in add-ons): the first
  // content process. Installing an add-on should make that one busiest; a warning says otherwise.
  const addonPid = (await contentProcesses(pid))[0];
  let copy = null;
  if (addonDir) {
    copy = await mkdtemp(join(tmpdir(), 'claimscope-ff-bench-'));
    await cp(addonDir, copy, { recursive: true });
    const before = await cpuSnapshot(pid);
    await browser.installExtension(copy);
    await sleep(1500);
    const after = await cpuSnapshot(pid);
    const busiest = [...after].sort((a, b) => b[1] - (before.get(b[0]) ?? 0) - (a[1] - (before.get(a[0]) ?? 0)))[0]?.[0];
    if (busiest !== addonPid) process.stderr.write(`note: Firefox (${kind}): the add-on install was busiest in process ${busiest}, not in the first content process ${addonPid}\n`);
  }
  const addonPids = new Set([addonPid]);
  return {
    kind,
    browser,
    pid,
    addonPids,
    async close() {
      await browser.close();
      if (copy) await rm(copy, { recursive: true, force: true });
    },
  };
}

async function measure(ctx, url, windowMs, pageProbe, readProbe) {
  const page = await ctx.browser.newPage();
  await page.evaluateOnNewDocument(pageProbe);
  const before = await cpuSnapshot(ctx.pid);
  await page.goto(url, { waitUntil: 'load' });
  let probe = await page.evaluate(readProbe);
  while (probe.now < windowMs) {
    await sleep(Math.min(200, windowMs - probe.now));
    probe = await page.evaluate(readProbe);
  }
  const after = await cpuSnapshot(ctx.pid);
  await page.close();
  let pageNs = 0;
  let addonNs = 0;
  for (const [pid, ns] of after) {
    const d = ns - (before.get(pid) ?? 0);
    if (ctx.addonPids.has(pid)) addonNs += d;
    else pageNs += d;
  }
  return { pageCpuMs: pageNs / 1e6, addonCpuMs: addonNs / 1e6, firstHighlightMs: probe.firstHighlightAt, ranges: probe.ranges, maxTimerDelay: probe.maxTimerDelay };
}

const fmt = (x, d = 1) => (x === null || x === undefined ? '–' : x.toFixed(d));

/**
 * Runs the Firefox loads and returns the raw runs and a printed table.
 * @param {{ origin: string, pages: string[], runs: number, windowMs: number, extension: string, reference: string, pageProbe: Function, readProbe: Function }} o
 */
export async function firefoxBench({ origin, pages, runs, windowMs, extension, reference, pageProbe, readProbe }) {
  const ctxs = [await launch('without', null), await launch('reference', reference), await launch('with', extension)];
  const raw = Object.fromEntries(pages.map((p) => [p, { without: [], reference: [], with: [] }]));
  let version = '?';
  try {
    version = (await ctxs[0].browser.version()).replace(/^firefox\//i, '');
    for (let run = 0; run <= runs; run++) {
      for (const name of pages) {
        // Rotate which browser loads first; run 0 warms every browser up and is not counted.
        const order = ctxs.map((_, i) => ctxs[(i + run) % ctxs.length]);
        for (const ctx of order) {
          const r = await measure(ctx, `${origin}/${name}.html?ff=${ctx.kind}-${run}`, windowMs, pageProbe, readProbe);
          if (run > 0) raw[name][ctx.kind].push(r);
        }
      }
      process.stderr.write(`firefox run ${run}${run === 0 ? ' (warm-up)' : ''} done\n`);
    }
  } finally {
    for (const ctx of ctxs) await ctx.close();
  }
  const paired = (a, b, get) => median(a.map((r, i) => (b[i] ? get(r) - get(b[i]) : null)));
  const cols = pages.map((p) => raw[p]);
  const added = (kind) => cols.map((c) => paired(c[kind], c.without, (r) => r.pageCpuMs));
  const mine = added('with');
  const ref = added('reference');
  const rows = [
    ['page main-thread CPU without add-ons (ms)', cols.map((c) => fmt(median(c.without.map((r) => r.pageCpuMs))))],
    ['added, Claimscope (ms)', mine.map((x) => fmt(x))],
    ['added, read-and-segment reference (ms)', ref.map((x) => fmt(x))],
    ['Claimscope ÷ reference', mine.map((x, i) => (x !== null && ref[i] > 0 ? `${(x / ref[i]).toFixed(2)}×` : '–'))],
    ['first highlight after navigation (ms)', cols.map((c) => fmt(median(c.with.map((r) => r.firstHighlightMs)), 0))],
    ['highlighted ranges', cols.map((c) => fmt(median(c.with.map((r) => r.ranges)), 0))],
    ['longest 25 ms timer delay, Claimscope (ms)', cols.map((c) => fmt(Math.max(...c.with.map((r) => r.maxTimerDelay))))],
    ['longest 25 ms timer delay, without (ms)', cols.map((c) => fmt(Math.max(...c.without.map((r) => r.maxTimerDelay))))],
    ['add-on process CPU, Claimscope (ms)', cols.map((c) => fmt(median(c.with.map((r) => r.addonCpuMs))))],
  ];
  const lines = [`Firefox ESR ${version}, headless: medians of ${runs} paired loads, each observed ${windowMs} ms from navigation; CPU of the web content processes' main threads (/proc schedstat)`];
  const head = `${''.padEnd(48)}${'A: claims'.padStart(14)}${'B: none'.padStart(14)}`;
  lines.push(head, '-'.repeat(head.length));
  for (const [label, v] of rows) lines.push(`${label.padEnd(48)}${v.map((x) => String(x).padStart(14)).join('')}`);
  lines.push('  Firefox reports no long tasks; the longest lateness of a 25 ms timer in the page stands in for them (a 50 ms task shows as ≥ 25 ms).');
  return { raw, report: lines.join('\n') };
}
