import type { ClaimIndex } from '../core/index/schema';
import { browser, type Runtime } from '../platform/browser';
import { isTabPinned, targetTabId } from '../shared/activeTab';
import { el, renderClaimRecord } from '../shared/claimRecordDom';
import { summariseSides } from '../shared/claimSummary';
import { documentLabel, type ClaimView } from '../shared/claimView';
import { indexedDocumentLabel, toClaimView } from '../shared/claimViewFromIndex';
import { isEnvelope, isValidPayload, type MessageMap, type TabState } from '../shared/messages';
import { sendToExtension } from '../shared/messaging';
import { applyPageCss } from '../shared/pageCss';
import { claimAsMarkdown, claimAsText, claimsAsCsv, claimsAsJsonLd, webAnnotations } from '../shared/exports';
import { claimTimeline } from '../shared/timeline';
import { actionButton } from '../shared/actionButton';
import { renderDocumentText } from './documentText';
import { ReaderSources } from './readerSources';

applyPageCss(`
.page-claim .claim { font-weight: 600; font-size: 14px; margin: 0 0 4px; }
.page-claim .summary { color: #475569; font-size: 12px; margin: 0 0 6px; }
.page-claim .actions { display: flex; gap: 6px; }
details.source { background: #fff; border: 1px solid #e2e8f0; border-radius: 8px; padding: 6px 10px; margin: 0 0 6px; }
details.source summary { cursor: pointer; }
.source-title { font-weight: 600; }
.source-meta { color: #64748b; font-size: 12px; display: block; }
.doc-claims { margin: 6px 0; padding-left: 18px; }
.doc-claims .claim-link { background: none; border: 0; padding: 2px 0; color: #1d4ed8; text-align: left; font: inherit; font-size: 12.5px; }
.doc-claims .claim-link:hover { text-decoration: underline; }
.doc-text { white-space: pre-wrap; font-size: 12.5px; line-height: 1.5; border-top: 1px solid #e2e8f0; padding-top: 6px; margin-top: 6px; }
mark.stance-asserts { background: #dbeafe; }
mark.stance-denies, mark.stance-disputes { background: #fde68a; text-decoration: underline wavy #b45309; }
#selected:empty { display: none; }
#your-sources .actions { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin: 6px 0; }
.file-button input { display: block; max-width: 100%; font-size: 11px; margin-top: 2px; }
.paste-source input, .paste-source textarea { display: block; width: 100%; box-sizing: border-box; margin: 4px 0; font: inherit; }
.reader-status { color: #1e293b; font-size: 13px; font-weight: 600; }
.reader-status:empty { display: none; }
.review { border: 2px solid #5b3cc4; border-radius: 8px; padding: 8px 10px; margin: 8px 0; background: #faf8ff; box-sizing: border-box; max-width: 100%; }
.review-list { padding-left: 18px; }
.review-item { margin: 0 0 8px; }
.review-actor { flex: 1 1 12em; min-width: 0; font: inherit; }
.review-claim { color: #475569; font-size: 12px; margin: 2px 0 0; }
.corrected-note { color: #5b3cc4; font-size: 12px; font-weight: 600; margin: 2px 0; }
.reader-source { display: flex; flex-wrap: wrap; gap: 4px 8px; align-items: center; }
.reader-source .source-meta { flex: 1 1 100%; }
#selected .actions, .export-actions { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin: 8px 0; }
.copy-fallback { width: 100%; box-sizing: border-box; font: 12px/1.4 ui-monospace, monospace; }
.timeline-list { list-style: none; margin: 4px 0 0; padding: 0 0 0 10px; border-left: 2px solid #cbd5e1; }
.timeline-entry { margin: 0 0 8px; font-size: 12.5px; }
.timeline-entry .when { display: inline-block; min-width: 82px; font-variant-numeric: tabular-nums; color: #334155; font-weight: 600; }
.timeline-entry .when.undated { color: #b45309; font-style: italic; }
.timeline-entry.stance-denies .verb, .timeline-entry.stance-disputes .verb { color: #b45309; font-weight: 600; }
.timeline-entry .source-meta { display: block; }
`);

const POLL_MS = 1500;
const app = document.getElementById('app') as HTMLElement;

let views = new Map<string, ClaimView>();
let tabId: number | null = null;
let lastStateKey = '';

const selected = el(document, 'section', 'card');
selected.id = 'selected';
const onPage = el(document, 'section');
onPage.id = 'on-this-page';
const sources = el(document, 'section');
sources.id = 'sources';
const exportsSection = el(document, 'section');
exportsSection.id = 'exports';

const readerSources = new ReaderSources(document, {
  tabId: () => tabId,
  download,
  indexChanged: async () => {
    await loadIndexViews();
  },
});

function showError(message: string): void {
  app.replaceChildren(el(document, 'h1', undefined, 'Claimscope'), el(document, 'p', 'error', message));
}

/** Shows one claim's full record at the top of the panel, with its timeline and ways to copy it. */
function selectClaim(claimId: string): void {
  const view = views.get(claimId);
  if (!view) {
    selected.replaceChildren(el(document, 'p', 'muted', 'That claim is not in the index.'));
    return;
  }
  const status = el(document, 'span', 'copy-status');
  status.setAttribute('role', 'status');
  const actions = el(document, 'div', 'actions');
  actions.append(
    actionButton(document, 'Copy as text', () => copyText(claimAsText(view), status), { id: 'copy-text' }),
    actionButton(document, 'Copy as Markdown', () => copyText(claimAsMarkdown(view), status), { id: 'copy-markdown' }),
    status,
  );
  selected.replaceChildren(el(document, 'h2', 'section', 'Selected claim'), renderClaimRecord(document, view), actions, renderTimeline(view));
  selected.scrollIntoView({ block: 'start' });
}

/** Puts text on the clipboard, or, where the browser refuses, shows it selected for the reader to copy. */
async function copyText(text: string, status: HTMLElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = 'Copied.';
  } catch {
    const area = el(document, 'textarea', 'copy-fallback', text);
    area.readOnly = true;
    area.rows = 8;
    status.replaceChildren('The browser did not allow copying; select and copy this:', area);
    area.select();
  }
}

/** Saves text as a file through the browser's download (a blob URL; nothing leaves the machine). */
function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = el(document, 'a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The export buttons: this page's highlights as Web Annotations, every claim as CSV or JSON-LD. */
function renderExports(): void {
  const status = el(document, 'p', 'muted export-status');
  status.setAttribute('role', 'status');
  const all = (): ClaimView[] => [...views.values()];
  const annotations = actionButton(document, 'This page’s highlights (Web Annotations)', async () => {
    if (tabId === null) return;
    const response = await sendToExtension('getPageAnnotations', { tabId });
    if (!response.ok) {
      status.textContent = response.error;
      return;
    }
    if (response.page.targets.length === 0) {
      status.textContent = 'This page has no highlighted sentences to export.';
      return;
    }
    download('claimscope-annotations.jsonld', 'application/ld+json', webAnnotations(response.page, views, new Date().toISOString()));
    status.textContent = `Exported ${response.page.targets.length} highlighted sentence${response.page.targets.length === 1 ? '' : 's'}.`;
  }, { id: 'export-annotations' });
  const csv = actionButton(document, 'All claims (CSV)', () => download('claimscope-claims.csv', 'text/csv', claimsAsCsv(all())), { id: 'export-csv' });
  const jsonLd = actionButton(document, 'All claims (schema.org JSON-LD)', () => download('claimscope-claims.jsonld', 'application/ld+json', claimsAsJsonLd(all())), { id: 'export-jsonld' });
  const row = el(document, 'div', 'actions export-actions');
  row.append(annotations, csv, jsonLd);
  exportsSection.replaceChildren(el(document, 'h2', 'section', 'Export'), row, status);
}

/** Who said what about a claim, in the order of their documents' dates; undated ones last and marked. */
function renderTimeline(view: ClaimView): HTMLElement {
  const section = el(document, 'section', 'timeline');
  section.id = 'timeline';
  const list = el(document, 'ol', 'timeline-list');
  for (const { attribution: a, date } of claimTimeline(view)) {
    const li = el(document, 'li', `timeline-entry stance-${a.stance}`);
    li.dataset.date = date ?? 'undated';
    li.append(
      el(document, 'span', date ? 'when' : 'when undated', date ?? 'Undated'),
      el(document, 'strong', 'actor', ` ${a.actor}`),
      el(document, 'span', 'verb', ` ${a.stance}${a.quoteKind === 'own-words' ? '' : ' (as reported, not a quotation)'}: `),
      a.quoteKind === 'own-words' ? el(document, 'q', 'quote', a.quote) : el(document, 'span', 'quote reported', a.quote),
      el(document, 'span', 'source-meta', documentLabel(a.document)),
    );
    list.append(li);
  }
  section.append(el(document, 'h3', 'side-heading', 'Timeline'), list);
  return section;
}

function renderOnPage(state: TabState | null): void {
  const heading = el(document, 'h2', 'section', 'On this page');
  if (!state || state.host === null) {
    onPage.replaceChildren(heading, el(document, 'p', 'muted', 'Claimscope has not read this tab (it cannot run on browser pages).'));
    return;
  }
  if (state.claims.length === 0) {
    onPage.replaceChildren(heading, el(document, 'p', 'muted', 'No known claims on this page.'));
    return;
  }
  const list = el(document, 'ul', 'list');
  for (const found of state.claims) {
    const view = views.get(found.claimId);
    if (!view) continue;
    const li = el(document, 'li', 'card page-claim');
    li.dataset.claimId = view.id;
    const reveal = (): void => {
      if (tabId !== null) void sendToExtension('revealClaim', { tabId, claimId: view.id });
    };
    const jump = actionButton(document, 'Jump to', reveal, { className: 'btn' });
    const details = actionButton(document, 'Who said it', () => selectClaim(view.id));
    const actions = el(document, 'div', 'actions');
    actions.append(jump, details);
    const count = `${found.sentences} sentence${found.sentences === 1 ? '' : 's'} on the page${found.pageReportsDenial ? ', reporting a denial' : ''}`;
    li.append(el(document, 'p', 'claim', view.text), el(document, 'p', 'summary', `${summariseSides(view)} · ${count}`), actions);
    list.append(li);
  }
  onPage.replaceChildren(heading, list);
}

function renderSources(idx: ClaimIndex): void {
  const list = el(document, 'div');
  for (const doc of idx.documents) {
    const claims = idx.claims.filter((c) => c.attributions.some((a) => a.documentId === doc.id));
    const details = el(document, 'details', 'source');
    details.dataset.documentId = doc.id;
    const summary = el(document, 'summary');
    summary.append(
      el(document, 'span', 'source-title', indexedDocumentLabel(doc)),
      el(document, 'span', 'source-meta', `${doc.outlet ?? 'Outlet unknown'} · ${doc.date ?? 'date unknown'} · ${claims.length} claim${claims.length === 1 ? '' : 's'}`),
    );
    const claimList = el(document, 'ul', 'doc-claims');
    for (const c of claims) {
      const li = el(document, 'li');
      li.append(actionButton(document, c.text, () => selectClaim(c.id), { className: 'claim-link' }));
      claimList.append(li);
    }
    // The full text is built only when opened: long documents cost nothing until read.
    details.addEventListener('toggle', () => {
      if (details.open && !details.querySelector('.doc-text')) details.append(renderDocumentText(idx, doc));
    });
    details.append(summary, claimList);
    list.append(details);
  }
  sources.replaceChildren(el(document, 'h2', 'section', `Sources (${idx.documents.length})`), list);
}

async function refresh(): Promise<void> {
  if (!isTabPinned()) tabId = await targetTabId();
  const state = tabId === null ? null : await sendToExtension('getTabState', { tabId });
  const key = JSON.stringify([tabId, state?.host, state?.claims]);
  if (key === lastStateKey) return;
  lastStateKey = key;
  renderOnPage(state);
}

/** Reads the index (bundled and the reader's, merged) and redraws what depends on it; false when it cannot be used. */
async function loadIndexViews(): Promise<boolean> {
  const response = await sendToExtension('getIndex', {});
  if (!response.ok) {
    showError(response.error);
    return false;
  }
  const idx = response.index;
  views = new Map(idx.claims.map((c) => [c.id, toClaimView(idx, c)]));
  renderSources(idx);
  lastStateKey = '';
  return true;
}

async function main(): Promise<void> {
  if (!(await loadIndexViews())) return;
  tabId = await targetTabId();
  app.replaceChildren(el(document, 'h1', undefined, 'Claimscope'), selected, onPage, readerSources.section, exportsSection, sources);
  renderExports();
  await Promise.all([refresh(), readerSources.refresh()]);
  const query = new URLSearchParams(location.search);
  const claim = query.get('claim');
  if (claim) selectClaim(claim);
  // Opened from the popup's "Add this page as a source".
  if (query.get('add') === 'page') await readerSources.addPage();

  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    // Only our own extension contexts (the background), never a content script on some page.
    const fromExtension = typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('')) && sender.tab === undefined;
    if (sender.id !== browser.runtime.id || !fromExtension || !isEnvelope(message) || message.claimscope !== 'panelShowClaim' || !isValidPayload('panelShowClaim', message.payload)) return undefined;
    selectClaim((message.payload as MessageMap['panelShowClaim']['request']).claimId);
    return Promise.resolve({ ok: true });
  });
  // Follow the active tab: switches and loads, plus a slow poll for changes the page reports.
  browser.tabs.onActivated.addListener(() => void refresh());
  browser.tabs.onUpdated.addListener(() => void refresh());
  setInterval(() => void refresh().catch(() => undefined), POLL_MS);
}

main().catch(() => showError('Claimscope could not start. Try reloading the extension.'));
