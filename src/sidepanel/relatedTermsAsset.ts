import { RelatedTerms, type RelatedTermsTable } from '../core/lexicon/relatedTerms';
import { browser } from '../platform/browser';

/** Where the build puts the related-terms table inside the package (see vite.config.ts). */
const TABLE_PATH = 'assets/lexicon/related-terms.json';

let loading: Promise<RelatedTerms> | null = null;

/**
 * The related-terms table the bundled index was built with, so a reader's claims get the
 * same lexical treatment. Fetched on the first source the reader adds, never when a page is
 * checked: the page matcher uses the lexicon carried in the index.
 */
export function relatedTerms(): Promise<RelatedTerms> {
  loading ??= fetch(browser.runtime.getURL(TABLE_PATH))
    .then((r) => r.json() as Promise<RelatedTermsTable>)
    .then((table) => new RelatedTerms(table))
    .catch((e: unknown) => {
      loading = null;
      throw e;
    });
  return loading;
}
