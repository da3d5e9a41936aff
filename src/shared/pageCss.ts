import { CLAIM_RECORD_CSS } from './claimRecordDom';

/** Base styles of our extension pages (popup, side panel), applied through a constructed sheet so pages keep a strict CSP. */
const PAGE_CSS = `
:root { color-scheme: light; font: 13px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #0f172a; background: #f8fafc; }
body { margin: 0; padding: 12px; }
h1 { font-size: 15px; margin: 0 0 8px; display: flex; align-items: center; gap: 6px; }
h1 .dot { width: 10px; height: 10px; border-radius: 50%; background: #4338ca; display: inline-block; }
h2.section { font-size: 12px; text-transform: uppercase; letter-spacing: .06em; color: #475569; margin: 14px 0 6px; }
.error { background: #fef2f2; color: #991b1b; border: 1px solid #fecaca; padding: 8px 10px; border-radius: 6px; margin: 8px 0; }
.muted { color: #64748b; }
button { font: inherit; cursor: pointer; }
.btn { background: #4338ca; color: #fff; border: 0; border-radius: 6px; padding: 6px 10px; font-weight: 600; font-size: 13px; }
.btn.secondary { background: #e2e8f0; color: #0f172a; }
.list { list-style: none; margin: 0; padding: 0; }
.card { background: #fff; border: 1px solid #e2e8f0; border-radius: 8px; padding: 8px 10px; margin: 0 0 6px; }
${CLAIM_RECORD_CSS}
`;

/** Applies PAGE_CSS plus page-specific rules to this extension page. */
export function applyPageCss(extra: string): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(PAGE_CSS + extra);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
