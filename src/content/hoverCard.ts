import { autoUpdate, computePosition, flip, hide, offset, shift, size, type VirtualElement } from '@floating-ui/dom';
import type { SentenceMatch } from '../core/match/sentenceMatch';
import type { QuoteCheck } from '../core/quote/checkPageQuote';
import { CLAIM_RECORD_CSS, el, renderClaimRecord, SourceNotes } from '../shared/claimRecordDom';
import { isContested, type ClaimView } from '../shared/claimView';
import { renderQuoteCheck, QUOTE_CHECK_CSS } from '../shared/quoteCheckDom';
import { LEGEND_CSS, renderLegend, type MarkKind } from '../shared/underlineStyles';

/** One claim a page sentence matched, with the sentence's own stance toward it and why it matched. */
export interface CardEntry {
  claim: ClaimView;
  match: SentenceMatch;
}

/** What the card shows: every claim one page sentence matched, and how that sentence is underlined. */
export interface CardContent {
  entries: CardEntry[];
  kind: MarkKind;
}

/** Gap between the sentence and the card, and between the card and the window's edges. */
const GAP_PX = 8;

const CARD_CSS = `
:host { all: initial; }
.card { all: initial; display: block; box-sizing: border-box; width: min(380px, calc(100vw - 16px)); overflow: auto; overscroll-behavior: contain;
  background: #fff; color: #0f172a; border: 1px solid #cbd5e1; border-radius: 10px; box-shadow: 0 10px 30px rgba(15, 23, 42, .22);
  padding: 12px 14px; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; }
.card:focus { outline: none; }
.card:focus-visible { outline: 2px solid #4338ca; }
.kicker { margin: 0 0 6px; font-size: 11px; color: #475569; }
.entry + .entry { margin-top: 12px; padding-top: 10px; border-top: 1px solid #e2e8f0; }
.page-stance { margin: 8px 0 4px; font-size: 12px; color: #6d28d9; }
.why { margin: 4px 0 8px; font-size: 11px; color: #64748b; }
.actions { display: flex; gap: 8px; align-items: center; }
button { all: initial; font: 600 12px/1 system-ui, sans-serif; background: #4338ca; color: #fff; padding: 7px 10px; border-radius: 6px; cursor: pointer; }
button:focus-visible { outline: 2px solid #1e1b4b; outline-offset: 2px; }
.note { font-size: 11px; color: #64748b; }
${CLAIM_RECORD_CSS}
${QUOTE_CHECK_CSS}
${LEGEND_CSS}
`;

const PAGE_STANCE: Record<SentenceMatch['stance'], string> = {
  states: 'This sentence states the claim.',
  denies: 'This sentence reports a denial of the claim.',
  disputes: 'This sentence reports that the claim is disputed.',
};

/**
 * The hover card: a host element on <html> with a closed shadow root, so page styles and
 * scripts cannot reach in and ours cannot leak out. Content is built with textContent only.
 * Placement is @floating-ui/dom's: below or above the whole sentence (never over its
 * lines), slid sideways inside the window, shrunk to the space there is (the card then scrolls
 * inside itself), and kept next to the sentence while the page scrolls.
 */
export class HoverCard {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private card: HTMLElement | null = null;
  private shownFor: unknown = null;
  private notes: SourceNotes | null = null;
  private stopFollowing: (() => void) | null = null;

  constructor(
    private readonly onOpenPanel: (claimId: string) => Promise<boolean>,
    private readonly onPointer: (inside: boolean) => void,
    /** Called when the sentence has scrolled out of sight and the card closed itself. */
    private readonly onLostSentence: () => void,
  ) {}

  /** The host element, so scanners and hit tests can ignore our own UI. */
  get hostElement(): HTMLElement | null {
    return this.host;
  }

  /** What the card currently shows (the key given to show()), if anything. */
  get current(): unknown {
    return this.shownFor;
  }

  /**
   * Shows the card for one sentence next to `sentence` (a Range or anything with client
   * rectangles). `key` identifies the sentence: showing the same key again changes nothing.
   */
  show(key: unknown, content: CardContent, sentence: Range, options: { focus?: boolean } = {}): void {
    if (this.shownFor === key && this.host) return;
    this.ensureHost();
    const card = this.card as HTMLElement;
    this.notes = new SourceNotes();
    card.replaceChildren(...this.build(content, this.notes));
    card.scrollTop = 0;
    this.shownFor = key;
    this.follow(sentence);
    if (options.focus) card.focus({ preventScroll: true });
  }

  /** Adds the quote checks that arrived for the sentence shown (ignored if the card moved on). */
  addQuoteChecks(key: unknown, checks: readonly QuoteCheck[]): void {
    if (this.shownFor !== key || !this.card || !this.notes || checks.length === 0) return;
    const notes = this.notes;
    for (const check of checks) {
      const slot = [...this.card.querySelectorAll<HTMLElement>('.quote-check-slot')].find((s) => s.dataset.claimId === check.claimId);
      if (slot && !slot.hasChildNodes()) slot.append(renderQuoteCheck(document, check, notes));
    }
    this.card.querySelector('.sources')?.replaceWith(notes.render(document));
  }

  /** Hides the card and removes its host from the page. */
  hide(): void {
    this.stopFollowing?.();
    this.stopFollowing = null;
    this.host?.remove();
    this.host = null;
    this.root = null;
    this.card = null;
    this.shownFor = null;
    this.notes = null;
  }

  /** Same as hide(); the card keeps no other resources. */
  destroy(): void {
    this.hide();
  }

  private ensureHost(): void {
    if (this.host) return;
    const host = document.createElement('claimscope-card');
    // Inline !important styles beat page rules aimed at our host; all:initial isolates inherited ones.
    for (const [prop, value] of [['all', 'initial'], ['position', 'fixed'], ['z-index', '2147483647'], ['top', '0'], ['left', '0'], ['display', 'block']] as const) {
      host.style.setProperty(prop, value, 'important');
    }
    const root = host.attachShadow({ mode: 'closed' });
    const style = el(document, 'style', undefined, CARD_CSS);
    const card = el(document, 'div', 'card');
    card.setAttribute('role', 'dialog');
    card.setAttribute('aria-label', 'Claimscope: who asserted and who denied this claim');
    card.tabIndex = -1;
    root.append(style, card);
    host.addEventListener('mouseenter', () => this.onPointer(true));
    host.addEventListener('mouseleave', () => this.onPointer(false));
    document.documentElement.append(host);
    this.host = host;
    this.root = root;
    this.card = card;
  }

  private build({ entries, kind }: CardContent, notes: SourceNotes): Node[] {
    const contested = entries.some((e) => isContested(e.claim));
    const kicker = el(document, 'p', 'kicker', `Claimscope · ${entries.length > 1 ? `this sentence matches ${entries.length} claims` : contested ? 'contested claim' : 'known claim'}`);
    const blocks = entries.map(({ claim, match }) => {
      const entry = el(document, 'section', 'entry');
      entry.dataset.claimId = claim.id;
      const why = el(document, 'p', 'why', `Why this matched: score ${match.score.toFixed(2)}${match.terms.length ? ` on ${match.terms.join(', ')}` : ' (refers back to the previous sentence)'}.`);
      const slot = el(document, 'div', 'quote-check-slot');
      slot.dataset.claimId = claim.id;
      entry.append(renderClaimRecord(document, claim, notes), el(document, 'p', 'page-stance', PAGE_STANCE[match.stance]), slot, why, this.panelButton(claim.id));
      return entry;
    });
    return [kicker, ...blocks, notes.render(document), renderLegend(document, kind)];
  }

  private panelButton(claimId: string): HTMLElement {
    const button = el(document, 'button', undefined, 'Open in side panel');
    button.type = 'button';
    const note = el(document, 'span', 'note');
    button.addEventListener('click', () => {
      void this.onOpenPanel(claimId).then((opened) => {
        note.textContent = opened ? '' : 'Open the Claimscope side panel from the toolbar to see this claim.';
      });
    });
    const actions = el(document, 'div', 'actions');
    actions.append(button, note);
    return actions;
  }

  /** Places the card by the sentence and keeps it there on scroll and resize until hidden. */
  private follow(sentence: Range): void {
    this.stopFollowing?.();
    const host = this.host as HTMLElement;
    const card = this.card as HTMLElement;
    const context = sentence.commonAncestorContainer;
    const reference: VirtualElement = {
      getBoundingClientRect: () => sentence.getBoundingClientRect(),
      getClientRects: () => sentence.getClientRects(),
      contextElement: context instanceof Element ? context : (context.parentElement ?? undefined),
    };
    const update = (): void => {
      card.style.maxHeight = '';
      void computePosition(reference, host, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(GAP_PX),
          // Below, else above; where neither fits, the side with the most room (size() then shrinks the card to it).
          flip({ padding: GAP_PX, fallbackPlacements: ['top-start'], fallbackStrategy: 'bestFit', crossAxis: false }),
          // Slides along the sentence's edge only, so it never moves over the sentence's lines.
          shift({ padding: GAP_PX }),
          size({
            padding: GAP_PX,
            apply({ availableHeight }) {
              card.style.maxHeight = `${Math.max(0, Math.floor(availableHeight))}px`;
            },
          }),
          hide({ strategy: 'referenceHidden' }),
        ],
      }).then(({ x, y, middlewareData }) => {
        if (this.host !== host) return;
        if (middlewareData.hide?.referenceHidden) {
          this.hide();
          this.onLostSentence();
          return;
        }
        host.style.setProperty('left', `${Math.round(x)}px`, 'important');
        host.style.setProperty('top', `${Math.round(y)}px`, 'important');
      });
    };
    this.stopFollowing = autoUpdate(reference, host, update, { animationFrame: false });
  }
}
