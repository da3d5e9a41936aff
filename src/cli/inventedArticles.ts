import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSourceDocument, type SourceDocument } from '../core/document/sourceDocument';
import type { ClaimIndex, IndexedAttribution } from '../core/index/schema';

/** Expectations a careful reader wrote for one invented article (tests/fixtures/articles/*.expected.json). */
export interface ArticleExpectation {
  attributions: { actor: string; role?: string; stance: 'asserts' | 'denies' | 'disputes'; quote: string }[];
  sameClaim?: [string, string][];
  differentClaims?: [string, string][];
  notAttributed?: string[];
}

/** The hand-written articles and their expectations, shared by the unit test that gates them and `eval:extract`. */
export const ARTICLES_DIR = 'tests/fixtures/articles';

/** Loads every test article with its expectations, in file order. */
export function loadArticles(): { doc: SourceDocument; expected: ArticleExpectation }[] {
  return readdirSync(ARTICLES_DIR)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => ({
      doc: parseSourceDocument(f.replace(/\.md$/u, ''), f, readFileSync(join(ARTICLES_DIR, f), 'utf8')),
      expected: JSON.parse(readFileSync(join(ARTICLES_DIR, f.replace(/\.md$/u, '.expected.json')), 'utf8')) as ArticleExpectation,
    }));
}

/** The attributions of an index whose quote contains `needle` (case-insensitive). */
export function attributionsQuoting(index: ClaimIndex, needle: string): { claimId: string; a: IndexedAttribution }[] {
  const n = needle.toLowerCase();
  return index.claims.flatMap((c) => c.attributions.filter((a) => a.quote.toLowerCase().includes(n) || n.includes(a.quote.toLowerCase()) && a.quote.length > 20).map((a) => ({ claimId: c.id, a })));
}
