/** The kinds of highlight a reader can tell apart (by line style, not colour alone). */
export type MarkKind = 'asserted' | 'contested' | 'denial';

/** Names under which our highlights are registered in CSS.highlights. */
export const HIGHLIGHT_NAMES: Record<MarkKind | 'focus', string> = {
  asserted: 'claimscope-asserted',
  contested: 'claimscope-contested',
  denial: 'claimscope-denial',
  focus: 'claimscope-focus',
};

/**
 * ::highlight() rules; they must live in the page's document scope, so they go in an
 * adopted stylesheet (which adds nothing to the DOM tree). Each kind differs by line
 * style as well as colour: solid = only asserted, wavy = contested, double = the page
 * sentence itself reports a denial.
 */
export const HIGHLIGHT_CSS = `
::highlight(${HIGHLIGHT_NAMES.asserted}) { background-color: rgba(37, 99, 235, 0.12); text-decoration: underline solid rgb(37, 99, 235); text-decoration-thickness: 2px; }
::highlight(${HIGHLIGHT_NAMES.contested}) { background-color: rgba(217, 119, 6, 0.14); text-decoration: underline wavy rgb(194, 65, 12); text-decoration-thickness: 1.5px; }
::highlight(${HIGHLIGHT_NAMES.denial}) { background-color: rgba(124, 58, 237, 0.12); text-decoration: underline double rgb(109, 40, 217); text-decoration-thickness: 3px; }
::highlight(${HIGHLIGHT_NAMES.focus}) { background-color: rgb(253, 224, 71); color: rgb(17, 17, 17); }
`;
