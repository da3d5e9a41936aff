/** Turns an internal concept id ("~ask", "#china", "sanction") into a word a reader recognises. */
export function readableTerm(term: string): string {
  return term.replace(/^[~#]/u, '').replace(/_/gu, ' ');
}
