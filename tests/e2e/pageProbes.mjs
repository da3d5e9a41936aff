// Functions run inside the page (page.evaluate) to read what the reader sees. Reading the
// DOM here is fine: these are tests, not the extension.

/** Our highlights, as { name: [range text, ...] }. */
export function readHighlights() {
  const out = {};
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('claimscope-')) continue;
    out[name] = [...highlight].map((r) => r.toString().replace(/\s+/g, ' ').trim());
  }
  return out;
}

/** Centre of the first line box of the highlighted range whose text contains `needle`. */
export function pointOnHighlight(needle) {
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('claimscope-')) continue;
    for (const range of highlight) {
      if (!range.toString().includes(needle)) continue;
      const rect = range.getClientRects()[0];
      return { x: rect.left + Math.min(40, rect.width / 2), y: rect.top + rect.height / 2 };
    }
  }
  return null;
}

/** The page's markup as served, parsed fresh, next to the live markup: equal when we changed nothing. */
export async function markupAsServedAndLive() {
  const served = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
  return { served: served.body.innerHTML, live: document.body.innerHTML };
}
