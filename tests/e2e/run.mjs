// End-to-end tests against the built packages (run `npm run build` first): a local static
// server for the frozen fixtures, then the Chromium and Firefox suites under node:test.
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { after } from 'node:test';
import { chromiumSuite, damagedIndexSuite } from './chromium.suite.mjs';
import { firefoxSuite } from './firefox.suite.mjs';
import { realNewsSuite } from './realnews.suite.mjs';
import { readerChromiumSuite, readerFirefoxSuite } from './reader.suite.mjs';
import { brokenIndexSuite, extensionReloadSuite, HOSTILE_HEADERS, hostileChromiumSuite, hostileFirefoxSuite } from './hostile.suite.mjs';
import { serveStatic } from './server.mjs';
import { sourcesChromiumSuite, sourcesFirefoxSuite } from './sources.suite.mjs';

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
// The hostile pages (issue 5) on their own origin, with the headers some of them need (a strict CSP).
const hostile = await serveStatic(resolve(repo, 'tests/fixtures/hostile'), { headers: HOSTILE_HEADERS });
after(() => hostile.close());

const only = process.env.E2E_BROWSER; // optional: "chromium" or "firefox"
const suite = process.env.E2E_SUITE; // optional: "reader" runs only the reader's-view suites, "sources" the reader's own sources
const chrome = resolve(repo, 'dist/chrome');
const firefox = resolve(repo, 'dist/firefox');
if (suite === 'sources') {
  if (!only || only === 'chromium') sourcesChromiumSuite({ origin: server.origin, extensionDir: chrome, resultsDir });
  if (!only || only === 'firefox') sourcesFirefoxSuite({ origin: server.origin, extensionDir: firefox, resultsDir });
} else if (suite === 'reader') {
  if (!only || only === 'chromium') readerChromiumSuite({ origin: server.origin, extensionDir: chrome, resultsDir });
  if (!only || only === 'firefox') readerFirefoxSuite({ origin: server.origin, extensionDir: firefox, resultsDir });
} else if (!only || only === 'chromium') {
  chromiumSuite({ origin: server.origin, extensionDir: chrome, resultsDir });
  damagedIndexSuite({ origin: server.origin, extensionDir: chrome });
  hostileChromiumSuite({ origin: hostile.origin, extensionDir: chrome, resultsDir });
  extensionReloadSuite({ pagesOrigin: server.origin, extensionDir: chrome });
  brokenIndexSuite({ pagesOrigin: server.origin, extensionDir: chrome });
  realNewsSuite({ extensionDir: chrome, resultsDir, repo });
  readerChromiumSuite({ origin: server.origin, extensionDir: chrome, resultsDir });
  sourcesChromiumSuite({ origin: server.origin, extensionDir: chrome, resultsDir });
}
if (!suite && (!only || only === 'firefox')) {
  firefoxSuite({ origin: server.origin, extensionDir: firefox, resultsDir });
  hostileFirefoxSuite({ origin: hostile.origin, extensionDir: firefox });
  readerFirefoxSuite({ origin: server.origin, extensionDir: firefox, resultsDir });
  sourcesFirefoxSuite({ origin: server.origin, extensionDir: firefox, resultsDir });
}
