import { ClaimIndexError, parseClaimIndex, type ClaimIndex } from '../core/index/schema';
import { ClaimMatcher } from '../core/match/matcher';
import { browser } from '../platform/browser';

/** Where the build puts the claim index inside the package. */
export const INDEX_PATH = 'assets/claim-index.json';

/** The loaded index and the matcher built over it, or the reader-facing reason there is none. */
export type LoadedIndex = { ok: true; index: ClaimIndex; matcher: ClaimMatcher } | { ok: false; error: string };

let loading: Promise<LoadedIndex> | null = null;

async function load(): Promise<LoadedIndex> {
  let json: unknown;
  try {
    const response = await fetch(browser.runtime.getURL(INDEX_PATH));
    if (!response.ok) return { ok: false, error: 'The claim index is missing from this build of Claimscope. Rebuild it with "npm run build".' };
    json = JSON.parse(await response.text());
  } catch {
    return { ok: false, error: 'The claim index is missing or is not valid JSON. Rebuild it with "npm run build".' };
  }
  try {
    const index = parseClaimIndex(json);
    return { ok: true, index, matcher: new ClaimMatcher(index) };
  } catch (e) {
    if (e instanceof ClaimIndexError) return { ok: false, error: e.message };
    return { ok: false, error: 'The claim index could not be read.' };
  }
}

/** Loads the bundled index once, on first need, so an idle service worker starts fast; failures become a message, never a crash. */
export function loadIndex(): Promise<LoadedIndex> {
  loading ??= load();
  return loading;
}
