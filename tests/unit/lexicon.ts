import { readFileSync } from 'node:fs';
import { RelatedTerms, type RelatedTermsTable } from '../../src/core/lexicon/relatedTerms';

/** The committed related-terms table, as `npm run index` reads it. */
export const lexicon = new RelatedTerms(JSON.parse(readFileSync('assets/lexicon/related-terms.json', 'utf8')) as RelatedTermsTable);
