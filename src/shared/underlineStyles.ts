import { el } from './claimRecordDom';

/** The kinds of highlight a reader can tell apart (by line style, not colour alone). */
export type MarkKind = 'asserted' | 'contested' | 'denial';

/** How each kind is drawn and what it means: one source for the page highlights and every legend. */
export const UNDERLINES: Record<MarkKind, { decoration: string; thickness: string; background: string; label: string; meaning: string }> = {
  asserted: { decoration: 'underline solid rgb(37, 99, 235)', thickness: '2px', background: 'rgba(37, 99, 235, 0.12)', label: 'Solid', meaning: 'the claim is asserted; no source in the index denies it' },
  contested: { decoration: 'underline wavy rgb(194, 65, 12)', thickness: '1.5px', background: 'rgba(217, 119, 6, 0.14)', label: 'Wavy', meaning: 'the claim is contested: someone in the sources denies or disputes it' },
  denial: { decoration: 'underline double rgb(109, 40, 217)', thickness: '3px', background: 'rgba(124, 58, 237, 0.12)', label: 'Double', meaning: 'the page sentence itself reports a denial or dispute' },
};

const KINDS: readonly MarkKind[] = ['asserted', 'contested', 'denial'];

/** Styles of the legend's samples, for every surface that shows it. */
export const LEGEND_CSS = `
.legend { list-style: none; margin: 8px 0 0; padding: 6px 0 0; border-top: 1px solid #e2e8f0; font-size: 11.5px; color: #334155; }
.legend li { margin: 4px 0; line-height: 1.45; }
.legend .sample { font-weight: 600; padding: 0 2px; text-underline-offset: 2px; }
.legend .current { font-weight: 600; }
${KINDS.map((k) => `.legend .sample-${k} { background: ${UNDERLINES[k].background}; text-decoration: ${UNDERLINES[k].decoration}; text-decoration-thickness: ${UNDERLINES[k].thickness}; }`).join('\n')}
`;

/** What the three underline styles mean, with a drawn sample of each; `current` marks the one on screen. */
export function renderLegend(doc: Document, current?: MarkKind): HTMLElement {
  const list = el(doc, 'ul', 'legend');
  list.setAttribute('aria-label', 'What the underlines mean');
  for (const kind of KINDS) {
    const li = el(doc, 'li', kind === current ? 'current' : undefined);
    li.dataset.kind = kind;
    li.append(el(doc, 'span', `sample sample-${kind}`, UNDERLINES[kind].label), `: ${UNDERLINES[kind].meaning}${kind === current ? ' (this sentence)' : ''}.`);
    list.append(li);
  }
  return list;
}
