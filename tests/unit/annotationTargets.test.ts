// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { annotationTargets } from '../../src/content/annotationTargets';
import type { Mark } from '../../src/content/marks';

// The page's annotations locate each highlighted sentence by offsets into the body's text
// content (TextPositionSelector) and by its text with 32 characters either side
// (TextQuoteSelector). jsdom gives real DOM Ranges, so the offsets are those a browser computes.

const SENTENCE = 'The minister said the dam was finished.';

/** An element with these children (strings become text nodes). */
function h(tag: string, ...children: (Node | string)[]): HTMLElement {
  const element = document.createElement(tag);
  element.append(...children);
  return element;
}

/** A page with the sentence three times, in three blocks, and a sentence that starts inside nested inline elements. */
function buildPage(): void {
  document.body.replaceChildren(
    h('style', 'p { color: #333 }'), '\n',
    h('header', h('h1', 'Dam report')), '\n',
    h('article',
      '\n  ', h('p', `${SENTENCE} Critics disagreed.`),
      '\n  ', h('p', `${SENTENCE} Nobody else commented.`),
      '\n  ', h('section', h('div', h('p', 'Then the ', h('em', 'report ', h('a', 'claimed costs doubled'), ' in a year'), '. Officials denied it.'))),
      '\n  ', h('blockquote', h('p', SENTENCE)),
      '\n'),
  );
}

/** The text node holding the `nth` occurrence (from 0) of `needle` in the body, and where in it. */
function textAt(needle: string, nth = 0): { node: Text; offset: number } {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    for (let at = node.data.indexOf(needle); at >= 0; at = node.data.indexOf(needle, at + 1)) {
      if (seen++ === nth) return { node, offset: at };
    }
  }
  throw new Error(`no occurrence ${nth} of ${needle}`);
}

/** A range from the start of `from` to the end of `to` (each the `nth` occurrence of its text). */
function rangeOver(from: string, to = from, nth = 0): Range {
  const start = textAt(from, nth);
  const end = textAt(to, nth);
  const range = document.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset + to.length);
  return range;
}

const mark = (range: Range, claimId: string, stance: Mark['match']['stance']): Mark =>
  ({ range, claim: { id: claimId }, match: { stance } }) as unknown as Mark;

/** Where the `nth` occurrence of `needle` starts in `text`, found by plain string search. */
function nthIndex(text: string, needle: string, nth: number): number {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`no occurrence ${nth} of ${needle}`);
  return at;
}

describe('annotation targets of the page', () => {
  beforeEach(() => {
    buildPage();
    document.title = 'Dam report';
  });

  it('gives each mark its offsets, quote and context in the body text, in the marks’ order, skipping marks not on the page', () => {
    const text = document.body.textContent ?? '';
    const nested = rangeOver('claimed costs doubled', 'in a year');
    // The third copy of the sentence starts at an element boundary, not inside a text node.
    const inQuote = document.createRange();
    const quoteParagraph = document.querySelector('blockquote p') as HTMLElement;
    inQuote.setStart(quoteParagraph, 0);
    inQuote.setEnd(quoteParagraph.firstChild as Text, SENTENCE.length);
    const collapsed = rangeOver('Critics');
    collapsed.collapse(true);
    const detached = document.createRange();
    detached.selectNodeContents(document.createElement('p').appendChild(document.createTextNode(SENTENCE)));

    // Out of document order on purpose, with one range shared by two claims (a sentence that matched both).
    const marks = [
      mark(rangeOver(SENTENCE, SENTENCE, 1), 'c-dam', 'states'),
      mark(rangeOver('Officials denied it.'), 'c-cost', 'denies'),
      mark(rangeOver(SENTENCE, SENTENCE, 0), 'c-dam', 'states'),
      mark(collapsed, 'c-dam', 'states'),
      mark(nested, 'c-cost', 'states'),
      mark(nested, 'c-budget', 'disputes'),
      mark(detached, 'c-dam', 'states'),
      mark(inQuote, 'c-dam', 'states'),
    ];
    const expected = (claimId: string, stance: string, exact: string, start: number) => ({
      claimId, stance, exact, start, end: start + exact.length,
      prefix: text.slice(Math.max(0, start - 32), start),
      suffix: text.slice(start + exact.length, start + exact.length + 32),
    });
    const nestedStart = text.indexOf('claimed costs doubled');

    const page = annotationTargets(marks);

    expect(page.url).toBe(location.href);
    expect(page.title).toBe('Dam report');
    expect(page.targets).toEqual([
      expected('c-dam', 'states', SENTENCE, nthIndex(text, SENTENCE, 1)),
      expected('c-cost', 'denies', 'Officials denied it.', text.indexOf('Officials denied it.')),
      expected('c-dam', 'states', SENTENCE, nthIndex(text, SENTENCE, 0)),
      expected('c-cost', 'states', 'claimed costs doubled in a year', nestedStart),
      expected('c-budget', 'disputes', 'claimed costs doubled in a year', nestedStart),
      expected('c-dam', 'states', SENTENCE, nthIndex(text, SENTENCE, 2)),
    ]);
    // The three copies of the sentence are told apart by the words around them.
    const lastWord = (s: string): string => s.trim().split(/\s+/).pop() ?? '';
    const firstWord = (s: string): string => s.trim().split(/\s+/)[0] ?? '';
    expect(page.targets.filter((t) => t.exact === SENTENCE).map((t) => [lastWord(t.prefix), firstWord(t.suffix)])).toEqual([
      ['disagreed.', 'Nobody'],
      ['report', 'Critics'],
      ['it.', ''],
    ]);
  });

  it('gives no targets for a page without marks', () => {
    expect(annotationTargets([]).targets).toEqual([]);
  });
});
