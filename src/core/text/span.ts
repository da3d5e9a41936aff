/** A slice of a text, by offsets into that text; `text` is `source.slice(start, end)`. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** Builds a span whose ends are moved inwards past white space, or null when it is empty. */
export function trimmedSpan(source: string, start: number, end: number): TextSpan | null {
  while (start < end && /\s/u.test(source[start] as string)) start++;
  while (end > start && /\s/u.test(source[end - 1] as string)) end--;
  return start < end ? { start, end, text: source.slice(start, end) } : null;
}
