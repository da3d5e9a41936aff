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

/**
 * Scrolls the window so the highlighted sentence containing `needle` sits at the top, middle
 * or bottom of the window, and returns a point on its first line (viewport coordinates).
 */
export function scrollSentenceTo([needle, where]) {
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('claimscope-') || name === 'claimscope-focus') continue;
    for (const range of highlight) {
      if (!range.toString().includes(needle)) continue;
      const box = range.getBoundingClientRect();
      const target = where === 'top' ? 12 : where === 'middle' ? (innerHeight - box.height) / 2 : innerHeight - box.height - 12;
      window.scrollBy({ top: box.top - target, behavior: 'instant' });
      const first = range.getClientRects()[0];
      return { x: first.left + Math.min(40, first.width / 2), y: first.top + first.height / 2 };
    }
  }
  return null;
}

/** The card host's box, the line boxes of the highlighted sentence containing `needle`, and the window size. */
export function cardGeometry(needle) {
  const host = document.querySelector('claimscope-card');
  let lines = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('claimscope-') || name === 'claimscope-focus') continue;
    for (const range of highlight) if (range.toString().includes(needle)) lines = [...range.getClientRects()].map((r) => r.toJSON());
  }
  return { card: host ? host.getBoundingClientRect().toJSON() : null, lines, width: innerWidth, height: innerHeight };
}

/** Re-anchors W3C Web Annotation selectors in this page: what the position selector and the quote selector each find. */
export function reanchor(selectors) {
  const text = document.body.textContent ?? '';
  return selectors.map(({ quote, position }) => {
    const byQuote = text.indexOf(quote.prefix + quote.exact + quote.suffix);
    return { byPosition: text.slice(position.start, position.end), byQuoteStart: byQuote < 0 ? -1 : byQuote + quote.prefix.length };
  });
}
