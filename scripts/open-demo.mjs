// Opens the demo article in Chromium with the built extension (run `npm run build` first).
// Headed when $DISPLAY is set; otherwise headless, saving a screenshot to test-results/demo.png.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from '../tests/e2e/server.mjs';

const repo = resolve(import.meta.dirname, '..');
const extensionDir = resolve(repo, 'dist/chrome');
const headed = Boolean(process.env.DISPLAY);
const server = await serveStatic(resolve(repo, 'tests/fixtures/pages'));
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'claimscope-demo-')), {
  executablePath: '/usr/bin/chromium',
  headless: false,
  viewport: { width: 1100, height: 800 },
  args: [
    ...(headed ? [] : ['--headless=new']),
    '--no-first-run', '--disable-sync', '--disable-background-networking', '--disable-component-update',
    `--load-extension=${extensionDir}`, `--disable-extensions-except=${extensionDir}`,
  ],
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(`${server.origin}/claims-article.html`);

if (headed) {
  console.log(`Demo open at ${server.origin}/claims-article.html. Close the browser window to stop.`);
  context.on('close', () => void server.close());
} else {
  // The first-run page opens on install and may take the foreground; the demo shows the article.
  await page.bringToFront();
  // Give the content script time to scan, then hover the first claim sentence so the card shows.
  await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('claimscope-')), null, { timeout: 15_000 });
  const point = await page.evaluate(() => {
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('claimscope-')) continue;
      for (const range of highlight) {
        if (!range.toString().includes('Russia asked')) continue;
        const r = range.getClientRects()[0];
        return { x: r.left + 30, y: r.top + r.height / 2 };
      }
    }
    return null;
  });
  if (point) {
    await page.mouse.move(point.x, point.y, { steps: 3 });
    await page.waitForTimeout(600);
  }
  mkdirSync(resolve(repo, 'test-results'), { recursive: true });
  const shot = resolve(repo, 'test-results/demo.png');
  await page.screenshot({ path: shot });
  console.log(shot);
  await context.close();
  await server.close();
}
