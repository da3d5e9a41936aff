import { ClaimIndexError, parseClaimIndex, type ClaimIndex } from '../core/index/schema';
import { ClaimMatcher } from '../core/match/matcher';
import { mergeWithBundled, type ReaderIndexParts } from '../core/reader/readerIndex';
import { browser } from '../platform/browser';
import { ReaderStore } from './readerStore';

/** Where the build puts the claim index inside the package. */
const INDEX_PATH = 'assets/claim-index.json';

/** The loaded index and the matcher built over it, or the reader-facing reason there is none. */
type LoadedIndex = { ok: true; index: ClaimIndex; matcher: ClaimMatcher } | { ok: false; error: string };

/** The reader's own sources, merged into the bundled index on load. */
export const readerStore = new ReaderStore();

let bundled: Promise<Result<ClaimIndex>> | null = null;
let loading: Promise<LoadedIndex> | null = null;

type Result<T> = { ok: true; index: T } | { ok: false; error: string };

/** What a reader is told when the index file is missing (a version mismatch is worded by parseClaimIndex). */
const INDEX_MISSING = 'Claimscope cannot find its list of known claims, so it cannot check any page. Reinstall Claimscope (if you built it yourself, run "npm run build").';
/** What a reader is told when the index file is cut short or is not JSON. */
const INDEX_DAMAGED = 'Claimscope’s list of known claims is damaged (the file is cut short or is not valid JSON), so it cannot check any page. Reinstall Claimscope (if you built it yourself, run "npm run build").';

async function loadBundled(): Promise<Result<ClaimIndex>> {
  let body: string;
  try {
    const response = await fetch(browser.runtime.getURL(INDEX_PATH));
    if (!response.ok) return { ok: false, error: INDEX_MISSING };
    body = await response.text();
  } catch {
    // A file missing from the package is a network error in Chrome, a 404-like failure elsewhere.
    return { ok: false, error: INDEX_MISSING };
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, error: INDEX_DAMAGED };
  }
  try {
    return { ok: true, index: parseClaimIndex(json) };
  } catch (e) {
    if (e instanceof ClaimIndexError) return { ok: false, error: e.message };
    return { ok: false, error: 'Claimscope’s list of known claims could not be read, so it cannot check any page. Reinstall Claimscope.' };
  }
}

/** The bundled index with the reader's sources, and one matcher over both. */
async function load(): Promise<LoadedIndex> {
  bundled ??= loadBundled();
  const loaded = await bundled;
  if (!loaded.ok) return loaded;
  let reader: ReaderIndexParts;
  try {
    reader = await readerStore.all();
  } catch {
    // A reader's store the browser cannot open (private window, disabled storage): the bundled claims still work.
    reader = { sources: [], lexicon: { related: {}, rarity: {} } };
  }
  const index = mergeWithBundled(loaded.index, reader);
  return { ok: true, index, matcher: new ClaimMatcher(index) };
}

/** Loads the index once, on first need, so an idle service worker starts fast; failures become a message, never a crash. */
export function loadIndex(): Promise<LoadedIndex> {
  loading ??= load();
  return loading;
}

/** The reader's sources changed: the next request merges them again. */
export function readerSourcesChanged(): void {
  loading = null;
}
