// The long-session benchmark (issue 11): one tab of a single-page news site, 100 client-side
// navigations between long articles, no reload. After every 10 it reads, after a full GC:
// - the content script's memory: the page renderer's JS heap with Claimscope minus the same
//   site's without any extension, driven through the same navigations in step (the content
//   script shares the page's V8 isolate, so its heap cannot be read alone);
// - the service worker's JS heap;
// - the live ranges: the Claimscope highlights in the page's registry;
// - DOM nodes and JS event listeners of the renderer, with minus without.
// Nothing may grow with the count of navigations. Nothing is asserted.

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function openSite(ctx, origin) {
  const page = await ctx.context.newPage();
  const cdp = await ctx.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(`${origin}/spa.html`, { waitUntil: 'load' });
  return { page, cdp };
}

async function renderer({ cdp }) {
  await cdp.send('HeapProfiler.collectGarbage');
  const m = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value]));
  return { heapMB: m.JSHeapUsedSize / 2 ** 20, nodes: m.Nodes, listeners: m.JSEventListeners };
}

const reportCount = (worker) => worker.evaluate(() => self.__claimscopeBench.filter((m) => m.kind === 'reportPage').length);
/** Empties the benchmark's own record of messages in the worker, so it does not count as the worker's memory. */
const forgetReports = (worker) => worker.evaluate(() => void (self.__claimscopeBench.length = 0));

/** Waits until the worker has a page report (since forgetReports) and the page shows highlights; the time it took (ms), null on timeout. */
async function settled(worker, page, readProbe, timeoutMs = 15_000) {
  const start = Date.now();
  for (;;) {
    const reports = await reportCount(worker);
    const probe = await page.evaluate(readProbe);
    if (reports > 0 && probe.ranges > 0) return Date.now() - start;
    if (Date.now() - start > timeoutMs) return null;
    await sleep(50);
  }
}

const fmt = (x, d = 2) => (x === null || x === undefined ? '–' : x.toFixed(d));

/**
 * Runs the session in both contexts in step and returns the rows and a printed table.
 * @param {{ withExt: any, without: any, origin: string, navigations: number, readProbe: Function }} o
 */
export async function longSession({ withExt, without, origin, navigations, readProbe }) {
  const mine = await openSite(withExt, origin);
  const bare = await openSite(without, origin);
  const worker = await withExt.worker();
  const rows = [];
  try {
    // The session's tab is the only one open in this context: every page report is its own.
    await settled(worker, mine.page, readProbe);
    const sample = async (n, ms) => {
      await sleep(300);
      const [a, b] = [await renderer(mine), await renderer(bare)];
      const probe = await mine.page.evaluate(readProbe);
      const sw = withExt.profiler ? await withExt.profiler.heapMB() : null;
      rows.push({ navigations: n, contentScriptMB: a.heapMB - b.heapMB, pageHeapMB: a.heapMB, workerMB: sw, ranges: probe.ranges, nodes: a.nodes - b.nodes, listeners: a.listeners - b.listeners, msToHighlight: ms });
    };
    await sample(0, null);
    const times = [];
    for (let n = 1; n <= navigations; n++) {
      await forgetReports(worker);
      await bare.page.evaluate((i) => window.openArticle(i), n);
      await mine.page.evaluate((i) => window.openArticle(i), n);
      times.push(await settled(worker, mine.page, readProbe));
      if (n % 10 === 0) {
        const ok = times.filter((t) => t !== null).sort((x, y) => x - y);
        await sample(n, ok.length ? ok[Math.floor(ok.length / 2)] : null);
        times.length = 0;
      }
    }
  } finally {
    await mine.page.close();
    await bare.page.close();
  }
  const lines = [`Long session, Chromium: one tab, ${navigations} client-side navigations (pushState, article swapped in place) between 4 ~10,000-word articles with claims`];
  const head = `${'after navigations'.padEnd(18)}${'content script heap MB'.padStart(24)}${'service worker heap MB'.padStart(24)}${'live ranges'.padStart(13)}${'DOM nodes +'.padStart(13)}${'listeners +'.padStart(13)}${'ms to highlights'.padStart(18)}`;
  lines.push(head, '-'.repeat(head.length));
  for (const r of rows) {
    lines.push(`${String(r.navigations).padEnd(18)}${fmt(r.contentScriptMB).padStart(24)}${fmt(r.workerMB).padStart(24)}${String(r.ranges).padStart(13)}${String(r.nodes).padStart(13)}${String(r.listeners).padStart(13)}${(r.msToHighlight === null ? '–' : String(r.msToHighlight)).padStart(18)}`);
  }
  lines.push('  content script heap = page renderer JS heap with Claimscope − without, after a full GC in both; "+" columns likewise; ms to highlights = median over the 10 navigations, from the router call to a page report and highlights.');
  return { rows, report: lines.join('\n') };
}
