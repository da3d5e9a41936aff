import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main';

let dir: string;
let errors: string[];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'claimscope-'));
  await mkdir(join(dir, 'docs'));
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((m: string) => void errors.push(m));
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

const good = '---\ntitle: Port deal\noutlet: The Tidewater Post\ndate: 2025-04-02\n---\nThe port authority said the new terminal would open in May.\n';
const run = (...args: string[]): Promise<number> => main(['index', '--docs', join(dir, 'docs'), '--out', join(dir, 'index.json'), ...args]);

describe('npx claimscope index', () => {
  it('builds an index with the documents’ metadata and nulls for what is unknown', async () => {
    await writeFile(join(dir, 'docs', 'a.md'), good);
    await writeFile(join(dir, 'docs', 'b.txt'), 'Officials said the bridge would close for repairs.');
    expect(await run()).toBe(0);
    const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8'));
    expect(index.documents.map((d: { id: string; outlet: string | null; date: string | null }) => [d.id, d.outlet, d.date])).toEqual([
      ['a', 'The Tidewater Post', '2025-04-02'],
      ['b', null, null],
    ]);
    expect(index.claims.length).toBe(2);
  });

  it.each([
    ['empty.txt', '', 'is empty'],
    ['binary.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]), 'binary'],
    ['latin1.txt', Buffer.from('Caf\xe9 owners said prices rose.', 'latin1'), 'not valid UTF-8'],
    ['bad-front.md', '---\ntitle: [unclosed\n---\nText said here.', 'front matter is not valid YAML'],
    ['no-close.md', '---\ntitle: x\nText without an end.', 'no closing "---"'],
    ['bad-date.md', '---\ndate: last Tuesday\n---\nOfficials said so.', 'is not YYYY-MM-DD'],
    ['only-meta.md', '---\ntitle: x\n---\n   \n', 'has no text'],
  ])('stops on %s with a message naming the file, and keeps the previous index', async (name, content, problem) => {
    await writeFile(join(dir, 'docs', 'a.md'), good);
    expect(await run()).toBe(0);
    const before = await readFile(join(dir, 'index.json'), 'utf8');
    await writeFile(join(dir, 'docs', name), content);
    expect(await run()).toBe(1);
    expect(errors.join('\n')).toContain(name);
    expect(errors.join('\n')).toContain(problem);
    expect(await readFile(join(dir, 'index.json'), 'utf8')).toBe(before);
  });

  it('refuses two documents with the same id', async () => {
    await writeFile(join(dir, 'docs', 'same.md'), good);
    await writeFile(join(dir, 'docs', 'same.txt'), 'The mayor said the bus fare would rise.');
    expect(await run()).toBe(1);
    expect(errors.join('\n')).toMatch(/same\.txt.*same id "same".*same\.md/u);
  });

  it('reads the article body of a saved HTML page and its own metadata', async () => {
    const html = `<html><head><title>Dam fears</title><meta property="og:site_name" content="Valley Courier"><meta property="article:published_time" content="2024-11-05T08:00:00Z"></head>
      <body><nav>Home | News | Sport</nav><article><h1>Dam fears</h1><p>Engineers said the dam wall had cracked after the storm, according to the regional water board.</p>
      <p>The board said residents downstream were not in danger. A spokesman added that inspections would continue through the winter months.</p>
      <p>Repairs are expected to take several weeks, the contractor said on Monday, and traffic over the dam road will be limited.</p></article>
      <footer>Copyright</footer></body></html>`;
    await writeFile(join(dir, 'docs', 'dam.html'), html);
    expect(await run()).toBe(0);
    const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8'));
    expect(index.documents[0]).toMatchObject({ id: 'dam', outlet: 'Valley Courier', date: '2024-11-05' });
    expect(index.documents[0].text).toContain('the dam wall had cracked');
    expect(index.documents[0].text).not.toContain('Copyright');
    expect(index.claims.some((c: { attributions: { actor: string }[] }) => c.attributions.some((a) => a.actor.includes('regional water board')))).toBe(true);
  });

  it('writes the same bytes for the same documents', async () => {
    await writeFile(join(dir, 'docs', 'a.md'), good);
    await run();
    const first = await readFile(join(dir, 'index.json'), 'utf8');
    await run();
    expect(await readFile(join(dir, 'index.json'), 'utf8')).toBe(first);
  });
});
