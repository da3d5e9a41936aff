import { el } from '../shared/claimRecordDom';
import { applyPageCss } from '../shared/pageCss';
import { PRIVACY_STATEMENT } from '../shared/privacy';
import { LEGEND_CSS, renderLegend } from '../shared/underlineStyles';

applyPageCss(`
${LEGEND_CSS}
body { max-width: 720px; margin: 0 auto; padding: 28px 20px 48px; font-size: 15px; line-height: 1.55; }
h1 { font-size: 26px; }
h2.section { font-size: 13px; margin-top: 26px; }
.lead { font-size: 17px; }
.steps li, .privacy li { margin: 0 0 8px; }
kbd { font: 12px ui-monospace, monospace; background: #e2e8f0; border-radius: 4px; padding: 1px 5px; }
.legend { font-size: 14px; }
.legend li { margin: 8px 0; }
`);

/** A list item whose text may hold keyboard keys, written as [Alt+Shift+N]. */
function item(text: string): HTMLLIElement {
  const li = el(document, 'li');
  for (const part of text.split(/(\[[^\]]+\])/u)) {
    if (/^\[.+\]$/u.test(part)) li.append(el(document, 'kbd', undefined, part.slice(1, -1)));
    else if (part) li.append(part);
  }
  return li;
}

function list(className: string, lines: readonly string[]): HTMLElement {
  const ul = el(document, 'ul', className);
  ul.append(...lines.map(item));
  return ul;
}

const app = document.getElementById('app') as HTMLElement;
app.replaceChildren(
  el(document, 'h1', undefined, 'Welcome to Claimscope'),
  el(document, 'p', 'lead', 'Claimscope checks news articles against a list of known claims. When a sentence on a page states, denies or disputes one of them, Claimscope underlines it, and shows who asserted the claim and who denied or disputed it, each with their exact words, the document, its outlet and its date.'),
  el(document, 'h2', 'section', 'How to use it'),
  list('steps', [
    'Hover an underlined sentence to open its card: the claim, “Asserted by” and “Denied / disputed by”, and why the sentence matched. Where the page quotes someone, the card says whether the quotation matches that person’s words in the source.',
    'Step from one underlined sentence to the next with [Alt+Shift+N], and back with [Alt+Shift+P]; [Esc] closes the card.',
    'Click the Claimscope button in the toolbar to search the claims by person, topic or quote (“Peskov drones”), see how many claims this page has, and pause Claimscope on a site or everywhere.',
    'Open the side panel (“Open sources” in the popup, or “Open in side panel” on a card) for the claims on this page, each claim’s timeline, the full source documents, and exports: copy a claim with its citations, or save the page’s highlights as Web Annotations and the claims as CSV or JSON-LD.',
  ]),
  el(document, 'h2', 'section', 'What the underlines mean'),
  renderLegend(document),
  el(document, 'h2', 'section', 'Privacy'),
  list('privacy', PRIVACY_STATEMENT),
);
