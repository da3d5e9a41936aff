import { ClaimIndexError, parseClaimIndex, type ClaimIndex } from '../core/index/schema';
import { ClaimMatcher } from '../core/match/matcher';
import { mergeWithBundled, type ReaderIndexParts } from '../core/reader/readerIndex';
import type { ReaderStore } from './readerStore';

/** The loaded index and the matcher built over it, or the reader-facing reason there is none. */
export type LoadedIndex = { ok: true; index: ClaimIndex; matcher: ClaimMatcher } | { ok: false; error: string };

/** A parsed index, or the reader-facing reason there is none. */
export type Parsed<T> = { ok: true; index: T } | { ok: false; error: string };

/** What a reader is told when the index file is missing (a version mismatch is worded by parseClaimIndex). */
export const INDEX_MISSING = 'Claimscope cannot find its list of known claims, so it cannot check any page. Reinstall Claimscope (if you built it yourself, run "npm run build").';
/** What a reader is told when the index file is cut short or is not JSON. */
const INDEX_DAMAGED = 'Claimscope’s list of known claims is damaged (the file is cut short or is not valid JSON), so it cannot check any page. Reinstall Claimscope (if you built it yourself, run "npm run build").';

/** The bundled index file's text, parsed and checked; a damaged file becomes a sentence for the reader. */
export function parseBundledIndex(body: string): Parsed<ClaimIndex> {
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

/**
 * The service worker's start once the bundled index is parsed: read the reader's sources,
 * merge them in and build one matcher over both. Kept apart from the extension API so
 * `npm run bench` times this very code, over an IndexedDB of 10,000 claims.
 */
export async function startIndex(bundled: ClaimIndex, store: ReaderStore): Promise<LoadedIndex> {
  let reader: ReaderIndexParts;
  try {
    reader = await store.all();
  } catch {
    // A reader's store the browser cannot open (private window, disabled storage): the bundled claims still work.
    reader = { sources: [], lexicon: { related: {}, rarity: {} } };
  }
  const index = mergeWithBundled(bundled, reader);
  return { ok: true, index, matcher: new ClaimMatcher(index) };
}
