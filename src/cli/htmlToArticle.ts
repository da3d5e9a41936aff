import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { DocumentError, type SourceDocument } from '../core/document/sourceDocument';

function meta(document: Document, ...names: string[]): string | null {
  for (const n of names) {
    const el = document.querySelector(`meta[property="${n}"], meta[name="${n}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

/**
 * Takes the article body of a saved news page with Readability (Firefox Reader View's
 * engine) over linkedom, and its metadata from the page's own meta tags, never guessed.
 */
export function htmlToArticle(id: string, file: string, html: string): SourceDocument {
  const { document } = parseHTML(html);
  const date = meta(document as unknown as Document, 'article:published_time', 'date', 'pubdate')?.slice(0, 10) ?? null;
  const outlet = meta(document as unknown as Document, 'og:site_name', 'application-name');
  const url = meta(document as unknown as Document, 'og:url') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const article = new Readability(document as unknown as Document).parse();
  const paragraphs = article?.content ? parseHTML(`<html><body>${article.content}</body></html>`).document.querySelectorAll('p, h2, h3, li, blockquote') : [];
  const text = [...paragraphs].map((p) => (p.textContent ?? '').replace(/\s+/gu, ' ').trim()).filter(Boolean).join('\n\n');
  if (!text) throw new DocumentError(file, 'no article text could be found in this HTML page');
  return { id, title: article?.title?.trim() || null, outlet, date: date && /^\d{4}-\d{2}-\d{2}$/u.test(date) ? date : null, url, text };
}
