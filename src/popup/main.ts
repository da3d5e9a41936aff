import { browser } from '../platform/browser';
import { openSidePanel } from '../platform/sidePanel';
import { targetTabId } from '../shared/activeTab';
import { actionButton } from '../shared/actionButton';
import { el, renderClaimRecord } from '../shared/claimRecordDom';
import { summariseSides } from '../shared/claimSummary';
import { documentLabel, type ClaimView } from '../shared/claimView';
import { toClaimView } from '../shared/claimViewFromIndex';
import type { TabState } from '../shared/messages';
import { sendToExtension } from '../shared/messaging';
import { applyPageCss } from '../shared/pageCss';
import { LEGEND_CSS, renderLegend } from '../shared/underlineStyles';
import { ClaimSearch, type ResultGroup } from './claimSearch';

applyPageCss(`
body { width: 380px; min-height: 200px; }
.row { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; margin: 4px 0; }
.search { width: 100%; box-sizing: border-box; padding: 7px 9px; border: 1px solid #94a3b8; border-radius: 6px; font: inherit; margin: 8px 0; }
.result { font: inherit; font-size: 13px; color: inherit; display: block; width: 100%; text-align: left; background: #fff; border: 1px solid #e2e8f0; border-radius: 8px; padding: 8px 10px; margin: 0 0 6px; }
.result:hover, .result:focus-visible { border-color: #4338ca; }
.result .claim { font-weight: 600; display: block; }
.result .summary { color: #475569; font-size: 12px; font-weight: 400; display: block; margin-top: 2px; }
label { display: inline-flex; gap: 4px; align-items: center; }
.legend-box { margin: 6px 0; font-size: 12px; }
.legend-box summary { cursor: pointer; color: #334155; }
.result-group h2.section { margin-top: 10px; text-transform: none; letter-spacing: 0; font-size: 12.5px; }
${LEGEND_CSS}
`);

const app = document.getElementById('app') as HTMLElement;

function showError(message: string): void {
  app.replaceChildren(el(document, 'h1', undefined, 'Claimscope'), el(document, 'p', 'error', message));
}

/** Window of the popup, fetched up front so "Open sources" can call the panel API synchronously in the click. */
let windowId: number | undefined;

function statusSection(tabId: number | null, state: TabState | null): HTMLElement {
  const section = el(document, 'section', 'status');
  const count = state ? new Set(state.claims.map((c) => c.claimId)).size : 0;
  const text = !state || state.host === null
    ? 'Claimscope has not read this page (it cannot run on browser pages).'
    : count === 0 ? 'No known claims on this page.' : `${count} known claim${count === 1 ? '' : 's'} on this page.`;
  const status = el(document, 'p', 'tab-status', text);
  status.id = 'tab-status';
  section.append(status);

  const row = el(document, 'div', 'row');
  const site = el(document, 'input');
  site.type = 'checkbox';
  site.id = 'pause-site';
  site.disabled = !state?.host;
  site.checked = Boolean(state?.host && state.pause.sites.includes(state.host));
  const siteLabel = el(document, 'label');
  siteLabel.append(site, el(document, 'span', undefined, state?.host ? `Pause on ${state.host}` : 'Pause on this site'));
  const all = el(document, 'input');
  all.type = 'checkbox';
  all.id = 'pause-all';
  all.checked = Boolean(state?.pause.global);
  const allLabel = el(document, 'label');
  allLabel.append(all, el(document, 'span', undefined, 'Pause everywhere'));
  site.addEventListener('change', () => void sendToExtension('setPause', { scope: 'site', host: state?.host ?? null, paused: site.checked }));
  all.addEventListener('change', () => void sendToExtension('setPause', { scope: 'global', host: null, paused: all.checked }));
  row.append(siteLabel, allLabel);

  // Synchronous calls inside the click: both browsers require the user gesture to open the panel.
  const openPanel = (options?: { addPage: true }) => (): Promise<void> =>
    openSidePanel({ windowId, tabId: tabId ?? undefined }, options).then((opened) => {
      if (opened) window.close();
    });
  const open = actionButton(document, 'Open sources', openPanel(), { id: 'open-sources', className: 'btn' });
  // Extraction and the review happen in the panel, which stays open while the reader corrects.
  const add = actionButton(document, 'Add this page as a source', openPanel({ addPage: true }), { id: 'add-page' });
  add.disabled = !state || state.host === null;
  const actions = el(document, 'div', 'row');
  actions.append(open, add);
  section.append(row, actions);
  return section;
}

function resultButton(claim: ClaimView, detail: HTMLElement): HTMLLIElement {
  const li = el(document, 'li');
  const button = el(document, 'button', 'result');
  button.type = 'button';
  button.dataset.claimId = claim.id;
  button.append(el(document, 'span', 'claim', claim.text), el(document, 'span', 'summary', summariseSides(claim)));
  button.addEventListener('click', () => {
    detail.replaceChildren(renderClaimRecord(document, claim));
    detail.hidden = false;
    detail.scrollIntoView({ block: 'nearest' });
  });
  li.append(button);
  return li;
}

function renderResults(list: HTMLElement, groups: ResultGroup[], detail: HTMLElement): void {
  if (groups.length === 0) {
    list.replaceChildren(el(document, 'p', 'muted', 'No claim matches that search.'));
    return;
  }
  list.replaceChildren(...groups.map((group) => {
    const section = el(document, 'section', 'result-group');
    const items = el(document, 'ul', 'list');
    items.append(...group.claims.map((claim) => resultButton(claim, detail)));
    section.append(el(document, 'h2', 'section', group.heading), items);
    return section;
  }));
}

/** The heading a claim not on this page is listed under: the document that first reports it. */
function sourceHeading(claim: ClaimView): string {
  const first = claim.asserted[0] ?? claim.deniedOrDisputed[0];
  return first ? `From ${documentLabel(first.document)}` : 'Other claims';
}

async function main(): Promise<void> {
  browser.windows?.getCurrent().then((w) => (windowId = w.id), () => undefined);
  const response = await sendToExtension('getIndex', {});
  if (!response.ok) {
    showError(response.error);
    return;
  }
  const claims = response.index.claims.map((c) => toClaimView(response.index, c));
  const tabId = await targetTabId();
  const state = tabId === null ? null : await sendToExtension('getTabState', { tabId });

  const search = el(document, 'input', 'search');
  search.type = 'search';
  search.id = 'search';
  search.placeholder = 'Search claims, people, quotes…';
  search.setAttribute('aria-label', 'Search claims, people and quotes');
  const list = el(document, 'div', 'results');
  list.id = 'results';
  const detail = el(document, 'section', 'card detail');
  detail.id = 'detail';
  detail.hidden = true;
  const engine = new ClaimSearch(claims);
  const onPage = new Set(state?.claims.map((c) => c.claimId) ?? []);
  const show = (): void => renderResults(list, engine.grouped(search.value, onPage, sourceHeading), detail);
  search.addEventListener('input', show);

  const legend = el(document, 'details', 'legend-box');
  legend.append(el(document, 'summary', undefined, 'What the underlines mean'), renderLegend(document));
  legend.open = onPage.size > 0;
  app.replaceChildren(el(document, 'h1', undefined, 'Claimscope'), statusSection(tabId, state), legend, search, detail, list);
  show();
  search.focus();
}

main().catch(() => showError('Claimscope could not start. Try reloading the extension.'));
