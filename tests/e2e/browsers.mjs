import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';

/** Debian Chromium flags for a quiet headless run on a machine with no network (see README). */
export const CHROMIUM_ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

/** Flags that load one unpacked extension and nothing else. */
export const extensionArgs = (dir) => [`--load-extension=${dir}`, `--disable-extensions-except=${dir}`];

/** The add-on id declared in a Firefox build's manifest (read from it, so the two never disagree). */
const firefoxAddonId = (extensionDir) => JSON.parse(readFileSync(resolve(extensionDir, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;

/** Debian Chromium with `extensionDir` loaded in a fresh persistent profile (Playwright loads extensions only there). */
export function launchChromium(profileDir, extensionDir, options = {}) {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: '/usr/bin/chromium',
    headless: false,
    viewport: { width: 1100, height: 800 },
    ...options,
    args: [...CHROMIUM_ARGS, ...extensionArgs(extensionDir), ...(options.args ?? [])],
  });
}

/** The id of the focused window's active tab, asked of the extension's worker (reading tabs' URLs would need a permission we do not ask for). */
export const activeTabIdOf = (worker) => worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);

/** Path of the first-run page the extension opens on install. */
export const WELCOME_PATH = 'src/welcome/index.html';

/**
 * The extension's service worker in a Chromium context, and its id (the host of the worker's
 * URL). The first-run page opens, in the foreground, as the extension installs: unless
 * `keepWelcome`, it is waited for and closed, so it cannot become the active tab a test asks about.
 */
export async function extensionWorker(context, { keepWelcome = false } = {}) {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  if (!keepWelcome) {
    const url = `chrome-extension://${extensionId}/${WELCOME_PATH}`;
    const welcome = context.pages().find((p) => p.url() === url) ?? (await context.waitForEvent('page', { predicate: (p) => p.url() === url, timeout: 10_000 }).catch(() => null));
    await welcome?.close();
  }
  return { worker, extensionId };
}

/**
 * Debian Chromium (headless=new) with `extensionDir` loaded, in a fresh profile of its own: the
 * context, the extension's service worker and id (see extensionWorker), the profile's directory,
 * and `close`, which closes the browser and deletes the profile. `preferences` is written as the
 * profile's Default/Preferences before the launch; `keepWelcome` leaves the first-run page open;
 * any other option goes to the launch (viewport, acceptDownloads).
 */
export async function useChromiumExtension(extensionDir, { keepWelcome = false, preferences = null, ...launchOptions } = {}) {
  const profile = await mkdtemp(join(tmpdir(), 'claimscope-chromium-'));
  let context = null;
  const close = async () => {
    await context?.close();
    await rm(profile, { recursive: true, force: true });
  };
  try {
    if (preferences) {
      await mkdir(join(profile, 'Default'), { recursive: true });
      await writeFile(join(profile, 'Default/Preferences'), JSON.stringify(preferences));
    }
    context = await launchChromium(profile, extensionDir, launchOptions);
    const { worker, extensionId } = await extensionWorker(context, { keepWelcome });
    return { context, worker, extensionId, profile, close };
  } catch (e) {
    await close();
    throw e;
  }
}

/**
 * Firefox ESR over WebDriver BiDi with `extensionDir` installed as a temporary add-on.
 * The fixed `uuid` makes its moz-extension:// origin known; opening such pages needs system access.
 */
export async function launchFirefox(extensionDir, uuid) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [firefoxAddonId(extensionDir)]: uuid }),
      'datareporting.policy.dataSubmissionEnabled': false,
      'browser.shell.checkDefaultBrowser': false,
    },
  });
  await browser.installExtension(extensionDir);
  return browser;
}

/**
 * Opens a moz-extension:// page in Firefox and waits for `selector`. The navigation is not
 * awaited (over BiDi it may never report completion), and a wait that fails because the
 * document was replaced mid-navigation is tried again until the deadline.
 */
export async function openFirefoxExtensionPage(page, url, selector, timeout = 15_000) {
  void page.goto(url).catch(() => undefined);
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await page.waitForSelector(selector, { timeout: Math.max(1, deadline - Date.now()) });
    } catch (e) {
      if (Date.now() >= deadline) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
