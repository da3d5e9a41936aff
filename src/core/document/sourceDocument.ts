import { parse as parseYaml } from 'yaml';

/** A news document as the index builder reads it: metadata (null where unknown) and body text. */
export interface SourceDocument {
  id: string;
  title: string | null;
  outlet: string | null;
  date: string | null;
  url: string | null;
  text: string;
}

/** A document that cannot be indexed; the message names the file and the problem. */
export class DocumentError extends Error {
  override name = 'DocumentError';
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}`);
  }
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/u;
const KNOWN_KEYS = new Set(['title', 'outlet', 'date', 'url', 'author', 'source', 'tags']);

function metaString(file: string, meta: Record<string, unknown>, key: string): string | null {
  const v = meta[key];
  if (v === undefined || v === null || v === '') return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v !== 'string' && typeof v !== 'number') throw new DocumentError(file, `front matter field "${key}" must be text`);
  return String(v).trim() || null;
}

/**
 * Reads a plain-text or Markdown document with optional YAML front matter (`title`,
 * `outlet`, `date`, `url`). Throws a DocumentError for an empty body, binary content or
 * malformed front matter, so a bad file stops the build with a message that names it.
 */
export function parseSourceDocument(id: string, file: string, raw: string): SourceDocument {
  if (raw.includes('\u0000')) throw new DocumentError(file, 'looks like a binary file (it contains NUL bytes)');
  let meta: Record<string, unknown> = {};
  let body = raw.replace(/^\uFEFF/u, '');
  if (/^---[ \t]*\r?\n/u.test(body)) {
    const m = FRONT_MATTER.exec(body);
    if (!m) throw new DocumentError(file, 'front matter starts with "---" but has no closing "---" line');
    let parsed: unknown;
    try {
      parsed = parseYaml(m[1] as string);
    } catch (e) {
      throw new DocumentError(file, `front matter is not valid YAML (${(e as Error).message.split('\n')[0]})`);
    }
    if (parsed !== null && (typeof parsed !== 'object' || Array.isArray(parsed))) throw new DocumentError(file, 'front matter must be "key: value" lines');
    meta = (parsed ?? {}) as Record<string, unknown>;
    for (const k of Object.keys(meta)) if (!KNOWN_KEYS.has(k)) throw new DocumentError(file, `front matter has an unknown field "${k}" (known: title, outlet, date, url)`);
    body = body.slice(m[0].length);
  }
  const inline = takeInlineMetadata(body);
  body = inline.body;
  if (body.trim().length === 0) throw new DocumentError(file, 'the document has no text');
  const date = metaString(file, meta, 'date') ?? inline.date;
  if (date && !/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u.test(date)) throw new DocumentError(file, `front matter date "${date}" is not YYYY-MM-DD`);
  return { id, title: metaString(file, meta, 'title'), outlet: metaString(file, meta, 'outlet'), date, url: metaString(file, meta, 'url'), text: body };
}

/** Inline metadata lines a body may open with, as scraped text often does: "date 2022-03-15", "Published: 2024-05-02T10:00Z". */
const INLINE_METADATA = /^\s*(?:date|published|updated|posted)\s*:?\s*(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+Z?)?[ \t]*(?:\r?\n)?[ \t]*/iu;

/**
 * Takes inline metadata off the start of a body, so it never reaches the text a reader
 * sees or the extractor reads. Its date is kept for documents whose front matter has none.
 */
function takeInlineMetadata(body: string): { body: string; date: string | null } {
  let rest = body;
  let date: string | null = null;
  for (let m = INLINE_METADATA.exec(rest); m; m = INLINE_METADATA.exec(rest)) {
    date ??= m[1] as string;
    rest = rest.slice(m[0].length);
  }
  return { body: rest, date };
}

/**
 * The part of a body that is article prose: past a dateline glued to the first sentence
 * ("LONDON (Reuters) -") and before a closing agency tag ("/BGNES", "(AFP)").
 */
export function proseRange(text: string): { from: number; to: number } {
  let from = 0;
  const prefix = /^\s*[\p{Lu}][\p{Lu} .,'-]{1,40}\s*\([\p{L} ]{2,30}\)\s*[-\u2013\u2014]\s+/u.exec(text);
  if (prefix) from = prefix[0].length;
  let to = text.length;
  const tag = /\s+(?:\/\s*[\p{Lu}]{2,12}|\((?:[\p{Lu}]{2,12}|Reuters|Bloomberg)\)|[-\u2013\u2014]\s*[\p{Lu}]{2,12})\s*$/u.exec(text);
  if (tag && tag.index > from) to = tag.index;
  return { from, to };
}
