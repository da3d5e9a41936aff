import { parseHTML } from 'linkedom';

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'SVG', 'CANVAS', 'IFRAME', 'HEAD']);
const INLINE = new Set(['A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'I', 'KBD', 'MARK', 'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'FONT', 'LABEL']);

/** Hidden by markup alone: the `hidden` attribute, aria-hidden, an inline display:none or visibility:hidden. */
function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || el.getAttribute('contenteditable') === 'true') return true;
  return /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/iu.test(el.getAttribute('style') ?? '');
}

/**
 * The visible text of a saved page as the content script reads it: text of block
 * elements one per line, inline elements joined into their block, scripts, styles, form
 * fields, editable regions and hidden elements left out. Stylesheets are not applied
 * (no browser here), so only markup-level hiding is seen.
 */
export function visibleText(html: string): string {
  const { document } = parseHTML(html);
  const lines: string[] = [];
  let line = '';
  const flush = (): void => {
    const t = line.replace(/\s+/gu, ' ').trim();
    if (t) lines.push(t);
    line = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      line += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (SKIPPED.has(el.tagName) || isHidden(el)) return;
    const block = !INLINE.has(el.tagName);
    if (block) flush();
    if (el.tagName === 'BR') flush();
    for (const child of [...el.childNodes]) walk(child);
    if (block) flush();
  };
  walk((document.body ?? document.documentElement) as unknown as Node);
  flush();
  return lines.join('\n');
}
