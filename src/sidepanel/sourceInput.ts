import { DocumentError, parseSourceDocument, type SourceDocument } from '../core/document/sourceDocument';
import { readerDocumentId } from '../core/reader/readerIndex';
import { readArticle } from '../shared/readArticle';

/** A source that cannot be added; `message` is written for the reader, and nothing was changed. */
export class SourceInputError extends Error {
  override name = 'SourceInputError';
}

/** Parses markup into an inert document: DOMParser runs no script and loads nothing, and we only read its text. */
const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

/** The article of a page's HTML (Readability, the page's own metadata); the page's address where it states none. */
export function documentFromPageHtml(html: string, pageUrl: string | null): SourceDocument {
  const article = readArticle(parse(html), parse);
  if (!article) throw new SourceInputError('Claimscope found no article text on this page (it looks empty, or like an index or a form), so nothing was added.');
  const url = article.url ?? pageUrl;
  return { id: readerDocumentId(url, article.text), ...article, url };
}

/** Files a reader may add, by name. */
const FILE_KINDS = /\.(?:txt|md|markdown|html?)$/iu;

/**
 * A `.txt`, `.md` or `.html` file as a source: text files with optional front matter, as
 * in assets/documents; HTML through Readability. A binary or non-UTF-8 file is refused.
 */
export async function documentFromFile(file: File): Promise<SourceDocument> {
  if (!FILE_KINDS.test(file.name)) throw new SourceInputError(`Claimscope reads .txt, .md and .html files; “${file.name}” is none of these, so nothing was added.`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    throw new SourceInputError(`“${file.name}” is not text (it looks like a binary file, or is not UTF-8), so nothing was added.`);
  }
  if (text.includes('\u0000')) throw new SourceInputError(`“${file.name}” looks like a binary file (it contains NUL bytes), so nothing was added.`);
  if (/\.html?$/iu.test(file.name)) return documentFromPageHtml(text, null);
  try {
    const doc = parseSourceDocument('pending', file.name, text);
    return { ...doc, id: readerDocumentId(doc.url, doc.text) };
  } catch (e) {
    throw e instanceof DocumentError ? new SourceInputError(`${e.message}; nothing was added.`) : e;
  }
}

/** What the paste form holds; empty fields are unknown. */
export interface PastedSource {
  title: string;
  outlet: string;
  date: string;
  url: string;
  text: string;
}

/** Pasted text with the reader's title, outlet, date (YYYY-MM-DD) and URL. */
export function documentFromFields(fields: PastedSource): SourceDocument {
  const text = fields.text.trim();
  if (!text) throw new SourceInputError('There is no text to add: paste the article’s text first.');
  const date = fields.date.trim();
  if (date && !/^\d{4}-\d{2}-\d{2}$/u.test(date)) throw new SourceInputError(`The date “${date}” is not in the form YYYY-MM-DD, so nothing was added.`);
  const orNull = (v: string): string | null => v.trim() || null;
  const url = orNull(fields.url);
  return { id: readerDocumentId(url, text), title: orNull(fields.title), outlet: orNull(fields.outlet), date: date || null, url, text };
}
