import { UNDERLINES } from '../shared/underlineStyles';
import { HIGHLIGHT_NAMES } from './highlightStyles';

/**
 * ::highlight() rules; they must live in the page's document scope, so the build writes them
 * to the content script's stylesheet in the manifest (vite.config.ts), which the browser adds
 * to every page without touching its DOM. Only the build reads this module: the content script
 * carries none of it. Each kind differs by line style as well as colour:
 * solid = only asserted, wavy = contested, double = the page sentence itself reports a denial.
 */
export const HIGHLIGHT_CSS = `
${(['asserted', 'contested', 'denial'] as const).map((k) => `::highlight(${HIGHLIGHT_NAMES[k]}) { background-color: ${UNDERLINES[k].background}; text-decoration: ${UNDERLINES[k].decoration}; text-decoration-thickness: ${UNDERLINES[k].thickness}; }`).join('\n')}
::highlight(${HIGHLIGHT_NAMES.focus}) { background-color: rgb(253, 224, 71); color: rgb(17, 17, 17); }
`;
