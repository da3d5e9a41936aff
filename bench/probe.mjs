// What the benchmark reads inside the page's main world, the same in Chromium and Firefox and with or
// without an extension: long tasks where the browser reports them, the lateness of a 25 ms timer,
// and the Claimscope ranges in the page's highlight registry (shared by the page and content scripts).

/** Installed with addInitScript: runs before any page script, in both contexts alike. */
export function pageProbe() {
  const state = { longtasks: [], loaf: [], ranges: 0, firstHighlightAt: null, lastChangeAt: null, maxTimerDelay: 0 };
  Object.defineProperty(window, '__claimscopeBench', { value: state });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) state.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    state.longtasks = null;
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        state.loaf.push({
          start: e.startTime,
          duration: e.duration,
          blocking: e.blockingDuration,
          scripts: (e.scripts ?? []).map((s) => ({ invoker: s.invoker, source: s.sourceURL, fn: s.sourceFunctionName, duration: s.duration })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    state.loaf = null;
  }
  // The highlight registry is per document, shared by the page and the content script's world.
  const look = () => {
    let n = 0;
    for (const [name, h] of CSS.highlights) if (name.startsWith('claimscope-')) n += h.size;
    if (n === state.ranges) return;
    state.ranges = n;
    state.lastChangeAt = performance.now();
    if (n > 0 && state.firstHighlightAt === null) state.firstHighlightAt = state.lastChangeAt;
  };
  // Every frame for the first 1.5 s (when a highlight first shows), then every 25 ms; the same in every case.
  const frame = () => {
    look();
    if (performance.now() < 1500) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  let due = performance.now() + 25;
  setInterval(() => {
    // How late this tick is: a long task delays it (the one long-task sign Firefox gives).
    const now = performance.now();
    state.maxTimerDelay = Math.max(state.maxTimerDelay, now - due);
    due = now + 25;
    look();
  }, 25);
}

export const readProbe = () => {
  const s = window.__claimscopeBench;
  return { now: performance.now(), timeOrigin: performance.timeOrigin, ranges: s.ranges, firstHighlightAt: s.firstHighlightAt, lastChangeAt: s.lastChangeAt, maxTimerDelay: s.maxTimerDelay, longtasks: s.longtasks, loaf: s.loaf };
};
