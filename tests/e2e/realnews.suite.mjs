import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { activeTabIdOf, useChromiumExtension } from './browsers.mjs';
import { waitUntilTabRead } from './chromium.suite.mjs';
import { readHighlights } from './pageProbes.mjs';
import { serveStatic } from './server.mjs';

const run = promisify(execFile);

/** The real-news development set, read where it lives (the excerpts stay their publishers': never copied into the repo). */
export const REAL_NEWS_FILE = resolve(import.meta.dirname, '../../../shared/realnews-dev/pages.json');

/** Text as HTML text: the excerpts are data, escaped before they go into a page of ours. */
const escape = (t) => t.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/**
 * A page of the set as a news site would lay it out: the headline, then paragraphs; a
 * line without final punctuation (a standfirst, a bullet) is a paragraph of its own.
 */
function pageHtml(page) {
  const blocks = [];
  for (const s of page.sentences) {
    const last = blocks[blocks.length - 1];
    if (last && /[.!?]["'\u201d\u2019)]*$/u.test(last[last.length - 1])) last.push(s.text);
    else blocks.push([s.text]);
  }
  const body = blocks.map((b) => `<p>${escape(b.join(' '))}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(page.title)}</title></head><body><article><h1>${escape(page.title)}</h1>\n${body}</article></body></html>`;
}

/**
 * Issue 8: on every page of the real-news development set, the extension in Chromium
 * highlights exactly the sentences `npx claimscope match` reports for the same page.
 */
export function realNewsSuite({ extensionDir, resultsDir, repo }) {
  describe('Chromium, real-news development pages: the extension agrees with the command line', () => {
    let context;
    let worker;
    let extensionId;
    let close;
    let dir;
    let server;
    let pages;

    before(async () => {
      assert.ok(existsSync(REAL_NEWS_FILE), `the real-news development set is missing: ${REAL_NEWS_FILE}`);
      pages = JSON.parse(await readFile(REAL_NEWS_FILE, 'utf8')).pages;
      dir = await mkdtemp(join(tmpdir(), 'claimscope-realnews-'));
      for (const page of pages) await writeFile(join(dir, `${page.id}.html`), pageHtml(page));
      server = await serveStatic(dir);
      ({ context, worker, extensionId, close } = await useChromiumExtension(extensionDir, { viewport: { width: 1280, height: 900 } }));
    });

    after(async () => {
      await close?.();
      await server?.close();
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    /** Brings the page to the front and waits until the content script has reported it read. */
    async function waitUntilRead(page) {
      await page.bringToFront();
      const tabId = await activeTabIdOf(worker);
      await waitUntilTabRead(context, extensionId, tabId);
    }

    test('every page: the same highlighted sentences as `npx claimscope match`', async () => {
      const files = pages.map((p) => join(dir, `${p.id}.html`));
      const { stdout } = await run(process.execPath, [join(repo, 'bin/claimscope.mjs'), 'match', ...files, '--json'], { cwd: repo, maxBuffer: 64 * 1024 * 1024 });
      const byFile = JSON.parse(stdout);
      let highlighted = 0;
      for (const p of pages) {
        const expected = [...new Set(byFile[join(dir, `${p.id}.html`)].map((m) => m.sentence.replace(/\s+/gu, ' ').trim()))].sort();
        const page = await context.newPage();
        await page.goto(`${server.origin}/${p.id}.html`);
        await waitUntilRead(page);
        // Highlights are painted in slices after the report: wait for the count to settle on what the CLI found.
        let seen = [];
        for (let i = 0; i < 40; i++) {
          seen = [...new Set(Object.values(await page.evaluate(readHighlights)).flat())].sort();
          if (seen.length >= expected.length) break;
          await page.waitForTimeout(100);
        }
        assert.deepEqual(seen, expected, `page ${p.id}: the extension's highlights and the command line's matches differ`);
        highlighted += seen.length;
        if (p.id === 'd04') await page.screenshot({ path: join(resultsDir, 'realnews-d04-chromium.png'), fullPage: true });
        await page.close();
      }
      assert.ok(highlighted > 0, 'the development pages contain claim sentences, so something is highlighted');
      console.log(`# real-news development pages: ${pages.length}, sentences highlighted by both: ${highlighted}`);
    });
  });
}
