import { readdir, readFile } from 'node:fs/promises';
import { extname, join, basename } from 'node:path';
import { DocumentError, parseSourceDocument, type SourceDocument } from '../core/document/sourceDocument';
import { htmlToArticle } from './htmlToArticle';

const EXTENSIONS = new Set(['.txt', '.md', '.html', '.htm']);

/** Decodes bytes as UTF-8, refusing anything else, so a Latin-1 file is named rather than garbled. */
function decodeUtf8(file: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DocumentError(file, 'is not valid UTF-8 text (save it as UTF-8)');
  }
}

/** Reads one document file (.txt, .md or a saved .html page) into a SourceDocument. */
async function loadDocument(path: string): Promise<SourceDocument> {
  const file = basename(path);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw new DocumentError(file, `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  if (bytes.length === 0) throw new DocumentError(file, 'is empty');
  if (bytes.includes(0)) throw new DocumentError(file, 'looks like a binary file (it contains NUL bytes)');
  const raw = decodeUtf8(file, bytes);
  const id = file.slice(0, file.length - extname(file).length);
  if (/\.html?$/iu.test(file)) return htmlToArticle(id, file, raw);
  return parseSourceDocument(id, file, raw);
}

/**
 * Loads every document of a folder, in name order. Stops at the first bad file, or at
 * two files with the same id (`a.txt` and `a.md`), with a message that names them.
 */
export async function loadDocuments(dir: string): Promise<SourceDocument[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => EXTENSIONS.has(extname(n).toLowerCase())).sort();
  } catch (e) {
    throw new DocumentError(dir, `the documents folder cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  if (names.length === 0) throw new DocumentError(dir, 'the documents folder has no .txt, .md or .html files');
  const docs: SourceDocument[] = [];
  const seen = new Map<string, string>();
  for (const name of names) {
    const doc = await loadDocument(join(dir, name));
    const other = seen.get(doc.id);
    if (other) throw new DocumentError(name, `has the same id "${doc.id}" as ${other}; rename one of them`);
    seen.set(doc.id, name);
    docs.push(doc);
  }
  return docs;
}
