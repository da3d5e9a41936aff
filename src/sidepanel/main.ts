import type { ClaimIndex } from '../core/index/schema';
import { browser, type Runtime } from '../platform/browser';
import { isTabPinned, targetTabId } from '../shared/activeTab';
import { el, renderClaimRecord, summariseSides } from '../shared/claimRecordDom';
import { documentLabel, documentOpening, toClaimView, type ClaimView } from '../shared/claimView';
import { isEnvelope, isValidPayload, type MessageMap, type TabState } from '../shared/messages';
import { sendToExtension } from '../shared/messaging';
import { applyPageCss } from '../shared/pageCss';
import { renderDocumentText } from './documentText';

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
`);

const POLL_MS = 1500;
const app = document.getElementById('app') as HTMLElement;

let index: ClaimIndex | null = null;
let views = new Map<string, ClaimView>();
let tabId: number | null = null;
let lastStateKey = '';

const selected = el(document, 'section', 'card');
selected.id = 'selected';
const onPage = el(document, 'section');
onPage.id = 'on-this-page';
const sources = el(document, 'section');
sources.id = 'sources';

function showError(message: string): void {
  app.replaceChildren(el(document, 'h1', undefined, 'Claimscope'), el(document, 'p', 'error', message));
}

/** Shows one claim's full record at the top of the panel. */
function selectClaim(claimId: string): void {
  const view = views.get(claimId);
  if (!view) {
    selected.replaceChildren(el(document, 'p', 'muted', 'That claim is not in the index.'));
    return;
  }
  selected.replaceChildren(el(document, 'h2', 'section', 'Selected claim'), renderClaimRecord(document, view));
  selected.scrollIntoView({ block: 'start' });
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
    const jump = el(document, 'button', 'btn', 'Jump to');
    jump.type = 'button';
    jump.addEventListener('click', () => {
      if (tabId !== null) void sendToExtension('revealClaim', { tabId, claimId: view.id });
    });
    const details = el(document, 'button', 'btn secondary', 'Who said it');
    details.type = 'button';
    details.addEventListener('click', () => selectClaim(view.id));
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
      el(document, 'span', 'source-title', documentLabel({ ...doc, opening: documentOpening(doc) })),
      el(document, 'span', 'source-meta', `${doc.outlet ?? 'Outlet unknown'} · ${doc.date ?? 'date unknown'} · ${claims.length} claim${claims.length === 1 ? '' : 's'}`),
    );
    const claimList = el(document, 'ul', 'doc-claims');
    for (const c of claims) {
      const li = el(document, 'li');
      const link = el(document, 'button', 'claim-link', c.text);
      link.type = 'button';
      link.addEventListener('click', () => selectClaim(c.id));
      li.append(link);
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

async function main(): Promise<void> {
  const response = await sendToExtension('getIndex', {});
  if (!response.ok) {
    showError(response.error);
    return;
  }
  index = response.index;
  const idx = index;
  views = new Map(idx.claims.map((c) => [c.id, toClaimView(idx, c)]));
  tabId = await targetTabId();
  app.replaceChildren(el(document, 'h1', undefined, 'Claimscope'), selected, onPage, sources);
  renderSources(idx);
  await refresh();
  const claim = new URLSearchParams(location.search).get('claim');
  if (claim) selectClaim(claim);

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
