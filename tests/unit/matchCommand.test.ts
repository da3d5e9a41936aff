import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main';
import { visibleText } from '../../src/cli/visibleText';

afterEach(() => vi.restoreAllMocks());

async function matchJson(name: string, content: string): Promise<{ sentence: string; start: number; end: number; claimId: string; stance: string; score: number }[]> {
  const dir = await mkdtemp(join(tmpdir(), 'claimscope-match-'));
  await writeFile(join(dir, name), content);
  const out: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((m: string) => void out.push(m));
  expect(await main(['match', join(dir, name), '--json'])).toBe(0);
  return JSON.parse(out.join('\n'));
}

describe('npx claimscope match', () => {
  // A fresh wire-style paragraph restating one bundled claim closely, between unrelated sentences
  // (how far paraphrase is found is measured by `npm run eval`, not here).
  const text = 'Markets were calm on Tuesday. Russia has asked China for military equipment, including drones, two US officials told the newspaper. Rain is expected later.';

  it('prints each matched sentence with exact offsets, claim, stance and score as JSON', async () => {
    const matches = await matchJson('page.txt', text);
    expect(matches).toHaveLength(1);
    const [m] = matches;
    expect(text.slice(m!.start, m!.end)).toBe(m!.sentence);
    expect(m).toMatchObject({ stance: 'states' });
    expect(m!.score).toBeGreaterThan(0);
    expect(m!.claimId).toMatch(/^c[0-9a-f]{8}$/u);
  });

  it('reads an HTML page as its visible text, offsets into that text', async () => {
    const html = `<html><head><style>p{}</style><script>var s = "Moscow requested drones from Beijing.";</script></head><body>
      <p>Markets were calm.</p><p>Russia <a href="#">asked</a> China for <em>military equipment</em>, including drones, US officials said.</p>
      <p hidden>Russia asked China for military equipment, officials said.</p></body></html>`;
    const matches = await matchJson('page.html', html);
    expect(matches.map((m) => m.sentence)).toEqual(['Russia asked China for military equipment, including drones, US officials said.']);
    const shown = visibleText(html);
    expect(shown.slice(matches[0]!.start, matches[0]!.end)).toBe(matches[0]!.sentence);
    expect(shown).not.toContain('var s');
  });
});
