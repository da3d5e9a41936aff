import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { BlockBuilder, charClass, CharClass, HARD_BLOCK_CHARS, locateInBlock, NEEDS_CHAR_READING, SOFT_BLOCK_CHARS, type TextBlock } from '../../src/content/textBlocks';

// The content script reads page text into blocks and maps matched offsets back to the DOM by
// reading the text nodes again. These tests drive that code with linkedom text nodes (the
// builder only reads `node.data`), with hostile text: zero-width and bidi characters, runs of
// white space, megabyte nodes and paragraphs with no sentence end.

const { document } = parseHTML('<!doctype html><html><body><p id="a"></p><p id="b"></p></body></html>');
const ownerA = document.getElementById('a') as unknown as Element;
const ownerB = document.getElementById('b') as unknown as Element;
const textNode = (data: string): Text => document.createTextNode(data) as unknown as Text;

/** Builds blocks from [owner, data] pieces, feeding long nodes in chunks as collectBlocks does. */
function build(pieces: [Element, string][], chunk = 16_384): { blocks: TextBlock[]; nodes: Text[] } {
  const builder = new BlockBuilder();
  const blocks: TextBlock[] = [];
  const nodes: Text[] = [];
  for (const [owner, data] of pieces) {
    const node = textNode(data);
    nodes.push(node);
    for (let from = 0; from < data.length; from += chunk) {
      builder.addText(node, owner, from, Math.min(data.length, from + chunk));
      blocks.push(...builder.take());
    }
  }
  blocks.push(...builder.finish());
  return { blocks, nodes };
}

/** Every character of every block maps back to the DOM character it was read from (asked for all at once, and one by one for a sample). */
function expectEveryCharacterLocates(blocks: TextBlock[]): void {
  for (const block of blocks) {
    const points = locateInBlock(block, Array.from({ length: block.text.length }, (_, k) => k));
    expect(block.text.length).toBeGreaterThan(0);
    const wrong: string[] = [];
    points.forEach((at, k) => {
      const ch = at ? (at.node.data[at.offset] as string) : null;
      const ok = ch !== null && (block.text[k] === ' ' ? charClass(ch.charCodeAt(0)) === CharClass.Space : ch === block.text[k]);
      if (!ok && wrong.length < 5) wrong.push(`index ${k} of ${JSON.stringify(block.text.slice(0, 40))}: ${JSON.stringify(ch)}`);
    });
    expect(wrong).toEqual([]);
    for (let k = 0; k < block.text.length; k += Math.max(1, Math.floor(block.text.length / 7))) {
      expect(locateInBlock(block, [k])[0]).toEqual(points[k]);
    }
  }
}

describe('BlockBuilder and locateInBlock', () => {
  it('collapses white space, drops invisible characters and maps each character back', () => {
    const { blocks } = build([
      [ownerA, '  In recent days\u200B Russia as\u200Dked '],
      [ownerA, '\u202EChina\u202C   for\u00AD help. '],
      [ownerB, '\n\t Moscow\u2060 denied it. '],
    ]);
    expect(blocks.map((b) => b.text)).toEqual(['In recent days Russia asked China for help. ', 'Moscow denied it. ']);
    expectEveryCharacterLocates(blocks);
  });

  it('returns null, not a wrong position, when the page changed a node since it was read', () => {
    const { blocks, nodes } = build([[ownerA, 'Moscow denied that it had asked Beijing for military help.']]);
    (nodes[0] as Text).data = 'Moscow welcomed the talks.';
    // The unchanged prefix "Moscow " still reads; from the first changed character on, nothing does.
    expect(locateInBlock(blocks[0] as TextBlock, [3, 8, 20]).map((p) => p?.offset ?? null)).toEqual([3, null, null]);
  });

  it('cuts an over-long paragraph after a sentence end, and one with no sentence end at the hard limit', () => {
    const sentence = 'The delegations talked on about grain and timber. ';
    const long = sentence.repeat(Math.ceil((SOFT_BLOCK_CHARS * 2.5) / sentence.length));
    const { blocks } = build([[ownerA, long]]);
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    for (const b of blocks.slice(0, -1)) {
      expect(b.text.length).toBeGreaterThanOrEqual(SOFT_BLOCK_CHARS);
      expect(b.text).toMatch(/\. $/u);
    }
    expect(blocks.map((b) => b.text).join('')).toBe(long);
    expectEveryCharacterLocates(blocks);

    const noEnd = 'x'.repeat(HARD_BLOCK_CHARS * 2 + 10);
    const cut = build([[ownerB, noEnd]]).blocks;
    expect(cut.map((b) => b.text.length)).toEqual([HARD_BLOCK_CHARS, HARD_BLOCK_CHARS, 10]);
    expectEveryCharacterLocates(cut);
  });

  it('reads a 5 MB text node into bounded blocks that map back exactly', () => {
    const data = 'Russia asked China for drones, officials said. '.repeat(110_000);
    const { blocks } = build([[ownerA, data]]);
    expect(blocks.reduce((n, b) => n + b.text.length, 0)).toBe(data.length);
    expect(Math.max(...blocks.map((b) => b.text.length))).toBeLessThanOrEqual(HARD_BLOCK_CHARS);
    const last = blocks[blocks.length - 1] as TextBlock;
    expect(locateInBlock(last, [last.text.length - 3])[0]?.offset).toBe(data.length - 3);
  });

  it('maps every character back for random text (property)', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.array(fc.constantFrom('Russia', ' ', '  ', '\n', '\u200B', '\u202E', '\u00AD', '\u00A0', '.', '. ', 'Mr. ', '“', '”', '😀', '\uFEFF'), { maxLength: 30 }).map((a) => a.join('')),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), piece), { maxLength: 12 }), fc.integer({ min: 1, max: 50 }), (parts, chunk) => {
        const { blocks } = build(parts.map(([a, data]) => [a ? ownerA : ownerB, data]), chunk);
        for (const b of blocks) {
          expect(b.text).not.toMatch(/^ | {2}/u);
          expect(/\p{L}/u.test(b.text)).toBe(true);
        }
        expectEveryCharacterLocates(blocks);
      }),
      { seed: 7, numRuns: 200 },
    );
  });

  it('sends to character reading exactly the code units that are not visible characters or a single space', () => {
    const disagree: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const plain = charClass(c) === CharClass.Visible || c === 0x20;
      if (NEEDS_CHAR_READING.test(String.fromCharCode(c)) === plain) disagree.push(c.toString(16));
    }
    expect(disagree).toEqual([]);
    expect(NEEDS_CHAR_READING.test('one  two')).toBe(true);
    expect(NEEDS_CHAR_READING.test(' one two ')).toBe(false);
  });

  it('reads plain and irregular text nodes alike: the text a browser renders, spaces collapsed (property)', () => {
    const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\u202a-\u202e]/gu;
    const piece = fc.array(fc.constantFrom('Russia', 'asked', ' ', '  ', '\n', '\t', '\u200B', '\u00AD', '.', ' China '), { maxLength: 12 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), (datas) => {
        const { blocks } = build(datas.map((d) => [ownerA, d]));
        // What a reader sees: invisible characters dropped, each run of white space one space, none at the start.
        const seen = datas.join('').replace(INVISIBLE, '').replace(/\s+/gu, ' ').replace(/^ /u, '');
        expect(blocks.map((b) => b.text).join('')).toBe(/\p{L}/u.test(seen) ? seen : '');
        expectEveryCharacterLocates(blocks);
      }),
      { seed: 11, numRuns: 300 },
    );
  });
});
