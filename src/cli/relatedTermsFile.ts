import { readFile } from 'node:fs/promises';
import { RelatedTerms, type RelatedTermsTable } from '../core/lexicon/relatedTerms';

/** The related-terms table the index build reads (committed; rebuilt by `claimscope lexicon`). */
export const DEFAULT_LEXICON = 'assets/lexicon/related-terms.json';

/** Reads the related-terms table; a missing or broken file is named with the command that rebuilds it. */
export async function readRelatedTerms(path = DEFAULT_LEXICON): Promise<RelatedTerms> {
  try {
    return new RelatedTerms(JSON.parse(await readFile(path, 'utf8')) as RelatedTermsTable);
  } catch (e) {
    throw new Error(`Cannot read the related-terms table at ${path} (${(e as Error).message}). Rebuild it with "npx claimscope lexicon".`);
  }
}
