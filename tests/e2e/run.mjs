// End-to-end tests against the built packages (run `npm run build` first): a local static
// server for the frozen fixtures, then the Chromium and Firefox suites under node:test.
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { after } from 'node:test';
import { chromiumSuite, damagedIndexSuite } from './chromium.suite.mjs';
import { firefoxSuite } from './firefox.suite.mjs';
import { serveStatic } from './server.mjs';

const repo = resolve(import.meta.dirname, '../..');
const resultsDir = resolve(repo, 'test-results');
mkdirSync(resultsDir, { recursive: true });
for (const target of ['chrome', 'firefox']) {
  if (!existsSync(resolve(repo, `dist/${target}/manifest.json`))) {
    console.error(`dist/${target} is missing: run "npm run build" first.`);
    process.exit(1);
  }
}

const server = await serveStatic(resolve(repo, 'tests/fixtures/pages'));
after(() => server.close());

const only = process.env.E2E_BROWSER; // optional: "chromium" or "firefox"
if (!only || only === 'chromium') {
  chromiumSuite({ origin: server.origin, extensionDir: resolve(repo, 'dist/chrome'), resultsDir });
  damagedIndexSuite({ origin: server.origin, extensionDir: resolve(repo, 'dist/chrome') });
}
if (!only || only === 'firefox') firefoxSuite({ origin: server.origin, extensionDir: resolve(repo, 'dist/firefox'), resultsDir });
