import type { SourceDocument } from '../core/document/sourceDocument';
import { ClaimIndexError, type ClaimIndex } from '../core/index/schema';
import { draftReaderSource, sourcesFromImport, type ReaderSource } from '../core/reader/readerIndex';
import { el } from '../shared/claimRecordDom';
import { indexedDocumentLabel } from '../shared/claimViewFromIndex';
import { sendToExtension } from '../shared/messaging';
import { actionButton } from '../shared/actionButton';
import { relatedTerms } from './relatedTermsAsset';
import { documentFromFields, documentFromFile, documentFromPageHtml, SourceInputError } from './sourceInput';
import { renderReview } from './sourceReview';

/** What the section needs from the panel: the tab it reports on, how to save a file, and a reload after a change. */
export interface ReaderSourcesHost {
  tabId(): number | null;
  download(name: string, type: string, text: string): void;
  indexChanged(): Promise<void>;
}

/** What a reader is told when the background went away mid-request (a stopped service worker); their review is kept. */
const INTERRUPTED = 'Claimscope’s background stopped before the save finished, so nothing was saved and your sources are as they were. Your review is still here: save again.';

function fileInput(doc: Document, label: string, id: string, accept: string): { label: HTMLLabelElement; input: HTMLInputElement } {
  const input = el(doc, 'input');
  input.type = 'file';
  input.id = id;
  input.accept = accept;
  const wrap = el(doc, 'label', 'btn secondary file-button', label);
  wrap.append(input);
  return { label: wrap, input };
}

/**
 * "Your sources": add a page, a file or pasted text as a source, review what was extracted,
 * save it to the reader's index; list, remove, export and import the reader's sources.
 * Extraction runs here, in the panel's own page, off the article page's main thread.
 */
export class ReaderSources {
  readonly section: HTMLElement;
  private readonly status: HTMLElement;
  private readonly body: HTMLElement;
  private draft: ReaderSource | null = null;
  private saved: ClaimIndex | null = null;

  constructor(
    private readonly doc: Document,
    private readonly host: ReaderSourcesHost,
  ) {
    this.section = el(doc, 'section');
    this.section.id = 'your-sources';
    this.status = el(doc, 'p', 'muted reader-status');
    this.status.id = 'reader-status';
    this.status.setAttribute('role', 'status');
    this.body = el(doc, 'div');
  }

  /** Reads the reader's index from the background and draws the section. */
  async refresh(): Promise<void> {
    const response = await sendToExtension('getReaderIndex', {});
    this.saved = response.ok ? response.index : null;
    if (!response.ok) this.say(response.error);
    this.render();
  }

  private say(message: string): void {
    this.status.textContent = message;
  }

  private render(): void {
    const doc = this.doc;
    const addPage = actionButton(doc, 'Add this page as a source', () => this.addPage(), { id: 'add-page', className: 'btn' });
    const file = fileInput(doc, 'Add a file (.txt, .md, .html)', 'add-file', '.txt,.md,.markdown,.html,.htm');
    file.input.addEventListener('change', () => {
      const chosen = file.input.files?.[0];
      file.input.value = '';
      if (chosen) void this.add(() => documentFromFile(chosen));
    });
    const actions = el(doc, 'div', 'actions');
    actions.append(addPage, file.label);
    this.body.replaceChildren(actions, this.pasteForm(), this.status);
    if (this.draft) {
      this.body.append(renderReview(doc, this.draft, {
        changed: (source) => {
          this.draft = source;
          this.render();
        },
        save: (source) => void this.save([source], `Saved “${indexedDocumentLabel(source.document)}”.`),
        discard: () => {
          this.draft = null;
          this.say('Discarded; nothing was saved.');
          this.render();
        },
      }));
    }
    this.body.append(this.savedList(), this.exchange());
    this.section.replaceChildren(el(doc, 'h2', 'section', 'Your sources'), this.body);
  }

  private pasteForm(): HTMLElement {
    const doc = this.doc;
    const details = el(doc, 'details', 'paste-source');
    details.id = 'paste-source';
    const field = (label: string, name: string): HTMLInputElement => {
      const input = el(doc, 'input');
      input.name = name;
      input.setAttribute('aria-label', label);
      input.placeholder = label;
      return input;
    };
    const title = field('Title', 'title');
    const outlet = field('Outlet', 'outlet');
    const date = field('Date (YYYY-MM-DD)', 'date');
    const url = field('URL', 'url');
    const text = el(doc, 'textarea', 'paste-text');
    text.name = 'text';
    text.rows = 6;
    text.setAttribute('aria-label', 'Article text');
    const extract = actionButton(doc, 'Extract', () => this.add(() => Promise.resolve(documentFromFields({ title: title.value, outlet: outlet.value, date: date.value, url: url.value, text: text.value }))), { id: 'paste-extract' });
    details.append(el(doc, 'summary', undefined, 'Paste text'), title, outlet, date, url, text, extract);
    return details;
  }

  /** Takes the article of the page in the panel's tab and opens its review. */
  addPage(): Promise<void> {
    return this.add(async () => {
      const tabId = this.host.tabId();
      if (tabId === null) throw new SourceInputError('There is no page in this window to add.');
      const page = await sendToExtension('getPageHtml', { tabId });
      if (!page.ok) throw new SourceInputError(page.error);
      return documentFromPageHtml(page.html, page.url);
    });
  }

  /** Reads a document, extracts its attributions, and opens the review: nothing is saved here. */
  private async add(read: () => Promise<SourceDocument>): Promise<void> {
    this.say('Reading…');
    try {
      const document = await read();
      const draft = draftReaderSource(document, await relatedTerms());
      if (draft.claims.length === 0) {
        this.say('No one is quoted or cited as saying anything in this text, so it has no claims to add. Nothing was added.');
        return;
      }
      this.draft = draft;
      this.say('');
    } catch (e) {
      this.say(e instanceof SourceInputError ? e.message : 'Claimscope could not read this source, so nothing was added.');
    }
    this.render();
  }

  private async save(sources: ReaderSource[], done: string): Promise<void> {
    let response;
    try {
      response = await sendToExtension('saveReaderSources', { sources });
    } catch {
      this.say(INTERRUPTED);
      return;
    }
    if (!response.ok) {
      this.say(response.error);
      return;
    }
    this.draft = null;
    this.say(done);
    await this.afterChange();
  }

  private async afterChange(): Promise<void> {
    await this.host.indexChanged();
    await this.refresh();
  }

  private savedList(): HTMLElement {
    const doc = this.doc;
    const list = el(doc, 'ul', 'list reader-list');
    list.id = 'reader-list';
    const index = this.saved;
    if (!index || index.documents.length === 0) return el(doc, 'p', 'muted', 'You have not added any sources yet.');
    for (const d of index.documents) {
      const claims = index.claims.filter((c) => c.attributions.some((a) => a.documentId === d.id));
      const corrections = claims.reduce((n, c) => n + c.attributions.filter((a) => a.corrected).length, 0);
      const li = el(doc, 'li', 'card reader-source');
      li.dataset.documentId = d.id;
      const remove = actionButton(doc, 'Remove', () => this.remove(d.id), { id: `remove-${d.id}`, className: 'btn secondary reader-remove' });
      li.append(
        el(doc, 'span', 'source-title', indexedDocumentLabel(d)),
        el(doc, 'span', 'source-meta', `${d.outlet ?? 'Outlet unknown'} · ${d.date ?? 'date unknown'} · ${claims.length} claim${claims.length === 1 ? '' : 's'}${corrections ? ` · ${corrections} corrected by you` : ''}`),
        remove,
      );
      list.append(li);
    }
    return list;
  }

  private async remove(documentId: string): Promise<void> {
    const response = await sendToExtension('removeReaderSource', { documentId }).catch(() => ({ ok: false as const, error: 'Claimscope’s background stopped before the removal finished; your sources are as they were. Try again.' }));
    if (!response.ok) {
      this.say(response.error);
      return;
    }
    this.say('Removed.');
    await this.afterChange();
  }

  /** Export the reader's index as a file in the index schema; import one (a desk's shared sources). */
  private exchange(): HTMLElement {
    const doc = this.doc;
    const row = el(doc, 'div', 'actions export-actions');
    const download = (): void => {
      if (this.saved) this.host.download('claimscope-sources.json', 'application/json', JSON.stringify(this.saved));
    };
    const exportButton = actionButton(doc, 'Export your sources (JSON)', download, { id: 'reader-export' });
    exportButton.disabled = !this.saved || this.saved.documents.length === 0;
    const importFile = fileInput(doc, 'Import sources (JSON)', 'reader-import', '.json,application/json');
    importFile.input.addEventListener('change', () => {
      const chosen = importFile.input.files?.[0];
      importFile.input.value = '';
      if (chosen) void this.importFile(chosen);
    });
    row.append(exportButton, importFile.label);
    return row;
  }

  private async importFile(file: File): Promise<void> {
    let sources: ReaderSource[];
    try {
      sources = sourcesFromImport(await file.text());
    } catch (e) {
      this.say(e instanceof ClaimIndexError ? `${e.message} Nothing was imported.` : 'This file could not be read; nothing was imported.');
      return;
    }
    if (sources.length === 0) {
      this.say('This file holds no sources; nothing was imported.');
      return;
    }
    await this.save(sources, `Imported ${sources.length} source${sources.length === 1 ? '' : 's'}.`);
  }
}
