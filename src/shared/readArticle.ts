import { Readability } from '@mozilla/readability';

/** An article taken from a page: its body as paragraphs and the metadata the page itself states (null where it does not). */
export interface PageArticle {
  title: string | null;
  outlet: string | null;
  date: string | null;
  url: string | null;
  text: string;
}

function meta(document: Document, ...names: string[]): string | null {
  for (const n of names) {
    const el = document.querySelector(`meta[property="${n}"], meta[name="${n}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

/**
 * Takes the article body of a parsed page with Readability (Firefox Reader View's engine)
 * and its metadata from the page's own meta tags, never guessed. `parse` turns Readability's
 * cleaned HTML into a detached document (DOMParser in the extension, linkedom in the CLI):
 * it is only read through textContent. Returns null when the page has no article text.
 * Readability changes the document it reads, so pass a copy, never a live page.
 */
export function readArticle(document: Document, parse: (html: string) => Document): PageArticle | null {
  const date = meta(document, 'article:published_time', 'date', 'pubdate')?.slice(0, 10) ?? null;
  const outlet = meta(document, 'og:site_name', 'application-name');
  const url = meta(document, 'og:url') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const article = new Readability(document).parse();
  const paragraphs = article?.content ? parse(`<html><body>${article.content}</body></html>`).querySelectorAll('p, h2, h3, li, blockquote') : [];
  const text = [...paragraphs].map((p) => (p.textContent ?? '').replace(/\s+/gu, ' ').trim()).filter(Boolean).join('\n\n');
  if (!text) return null;
  return { title: article?.title?.trim() || null, outlet, date: date && /^\d{4}-\d{2}-\d{2}$/u.test(date) ? date : null, url, text };
}
