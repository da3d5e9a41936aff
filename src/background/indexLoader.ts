import type { ClaimIndex } from '../core/index/schema';
import { browser } from '../platform/browser';
import { INDEX_MISSING, parseBundledIndex, ServedIndexStarter, type LoadedIndex, type Parsed } from './indexStart';
import { ReaderStore } from './readerStore';

/** Where the build puts the claim index inside the package. */
const INDEX_PATH = 'assets/claim-index.json';

/** The reader's own sources, merged into the bundled index on load. */
export const readerStore = new ReaderStore();

async function loadBundled(): Promise<Parsed<ClaimIndex>> {
  let body: string;
  try {
    const response = await fetch(browser.runtime.getURL(INDEX_PATH));
    if (!response.ok) return { ok: false, error: INDEX_MISSING };
    body = await response.text();
  } catch {
    // A file missing from the package is a network error in Chrome, a 404-like failure elsewhere.
    return { ok: false, error: INDEX_MISSING };
  }
  return parseBundledIndex(body);
}

/** The bundled index with the reader's sources, and one matcher over both; the bundled file is read once. */
const served = new ServedIndexStarter(loadBundled, readerStore);

/** Loads the index once, on first need, so an idle service worker starts fast; failures become a message, never a crash. */
export function loadIndex(): Promise<LoadedIndex> {
  return served.current();
}

/** The reader's sources changed: the next request merges them again. */
export function readerSourcesChanged(): void {
  served.sourcesChanged();
}
