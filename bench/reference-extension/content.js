// Benchmark baseline (issue 11): the least a sentence highlighter must do on a page. It walks the
// page's text nodes, skipping script and style, joins each block's text, and splits it into
// sentences with Intl.Segmenter, in slices of at most 20 ms like Claimscope. It highlights nothing
// and sends nothing. The sentence count stays in a global of its own isolated world.
'use strict';
(() => {
  const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (SKIPPED.has(node.parentElement?.tagName ?? '') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const yieldToPage = () => (globalThis.scheduler?.yield ? scheduler.yield() : new Promise((r) => setTimeout(r, 0)));
  let sentences = 0;
  async function run() {
    let start = performance.now();
    let block = null;
    let parts = [];
    const flush = () => {
      for (const _ of segmenter.segment(parts.join('').replace(/\s+/g, ' '))) sentences++;
      parts = [];
    };
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const owner = node.parentElement?.closest('p, li, h1, h2, h3, h4, h5, h6, td, blockquote, div, article, body') ?? null;
      if (owner !== block) {
        flush();
        block = owner;
      }
      parts.push(node.data);
      if (performance.now() - start > 20) {
        await yieldToPage();
        start = performance.now();
      }
    }
    flush();
    globalThis.readAndSegmentSentences = sentences;
  }
  void run();
})();
