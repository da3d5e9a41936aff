import { parseHTML } from 'linkedom';
import { DocumentError, type SourceDocument } from '../core/document/sourceDocument';
import { readArticle } from '../shared/readArticle';

const parse = (html: string): Document => parseHTML(html).document as unknown as Document;

/** A saved news page as a source document: its article body and metadata (see readArticle), over linkedom. */
export function htmlToArticle(id: string, file: string, html: string): SourceDocument {
  const article = readArticle(parse(html), parse);
  if (!article) throw new DocumentError(file, 'no article text could be found in this HTML page');
  return { id, ...article };
}
