import type { SentenceMatch } from '../core/match/sentenceMatch';
import { isContested, type ClaimView } from '../shared/claimView';
import { CLAIM_RECORD_CSS, el, renderClaimRecord } from '../shared/claimRecordDom';

/** What the card shows: the claim, the page sentence's own stance and why it matched. */
export interface CardContent {
  claim: ClaimView;
  match: SentenceMatch;
}

const CARD_CSS = `
:host { all: initial; }
.card { all: initial; display: block; box-sizing: border-box; width: min(380px, calc(100vw - 16px)); max-height: min(70vh, 520px); overflow: auto;
  background: #fff; color: #0f172a; border: 1px solid #cbd5e1; border-radius: 10px; box-shadow: 0 10px 30px rgba(15, 23, 42, .22);
  padding: 12px 14px; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; }
.kicker { margin: 0 0 6px; font-size: 11px; color: #475569; }
.page-stance { margin: 0 0 8px; font-size: 12px; color: #6d28d9; }
.why { margin: 10px 0 8px; font-size: 11px; color: #64748b; }
.actions { display: flex; gap: 8px; align-items: center; }
button { all: initial; font: 600 12px/1 system-ui, sans-serif; background: #4338ca; color: #fff; padding: 7px 10px; border-radius: 6px; cursor: pointer; }
button:focus-visible { outline: 2px solid #1e1b4b; outline-offset: 2px; }
.note { font-size: 11px; color: #64748b; }
${CLAIM_RECORD_CSS}
`;

const PAGE_STANCE: Record<SentenceMatch['stance'], string> = {
  states: 'This sentence states the claim.',
  denies: 'This sentence reports a denial of the claim.',
  disputes: 'This sentence reports that the claim is disputed.',
};

/**
 * The hover card: a host element on <html> with a closed shadow root, so page styles and
 * scripts cannot reach in and ours cannot leak out. Content is built with textContent only.
 */
export class HoverCard {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private shownFor: SentenceMatch | null = null;

  constructor(private readonly onOpenPanel: (claimId: string) => Promise<boolean>, private readonly onPointer: (inside: boolean) => void) {}

  /** The host element, so scanners and hit tests can ignore our own UI. */
  get hostElement(): HTMLElement | null {
    return this.host;
  }

  /** Which match the card currently shows, if any. */
  get current(): SentenceMatch | null {
    return this.shownFor;
  }

  /** Shows the card for a match next to `anchor` (the sentence's rectangle, viewport coordinates). */
  show(content: CardContent, anchor: DOMRect): void {
    if (this.shownFor === content.match && this.host) return;
    this.ensureHost();
    const root = this.root as ShadowRoot;
    const card = root.querySelector('.card') as HTMLElement;
    card.replaceChildren(...this.build(content));
    this.shownFor = content.match;
    this.position(anchor);
  }

  /** Hides the card and removes its host from the page. */
  hide(): void {
    this.host?.remove();
    this.host = null;
    this.root = null;
    this.shownFor = null;
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
    root.append(style, card);
    host.addEventListener('mouseenter', () => this.onPointer(true));
    host.addEventListener('mouseleave', () => this.onPointer(false));
    document.documentElement.append(host);
    this.host = host;
    this.root = root;
  }

  private build({ claim, match }: CardContent): Node[] {
    const kicker = el(document, 'p', 'kicker', isContested(claim) ? 'Claimscope · contested claim' : 'Claimscope · known claim');
    const pageStance = el(document, 'p', 'page-stance', PAGE_STANCE[match.stance]);
    const why = el(document, 'p', 'why', `Why this matched: score ${match.score.toFixed(2)}${match.terms.length ? ` on ${match.terms.join(', ')}` : ' (refers back to the previous sentence)'}.`);
    const button = el(document, 'button', undefined, 'Open in side panel');
    button.type = 'button';
    const note = el(document, 'span', 'note');
    button.addEventListener('click', () => {
      void this.onOpenPanel(claim.id).then((opened) => {
        note.textContent = opened ? '' : 'Open the Claimscope side panel from the toolbar to see this claim.';
      });
    });
    const actions = el(document, 'div', 'actions');
    actions.append(button, note);
    return [kicker, renderClaimRecord(document, claim), pageStance, why, actions];
  }

  private position(anchor: DOMRect): void {
    const host = this.host as HTMLElement;
    const width = Math.min(380, window.innerWidth - 16);
    const left = Math.max(8, Math.min(anchor.left, window.innerWidth - width - 8));
    const below = anchor.bottom + 8;
    host.style.setProperty('left', `${left}px`, 'important');
    host.style.setProperty('top', `${below}px`, 'important');
    // Flip above the sentence when it would run off the bottom.
    const height = host.getBoundingClientRect().height;
    if (below + height > window.innerHeight - 8 && anchor.top - height - 8 > 8) {
      host.style.setProperty('top', `${anchor.top - height - 8}px`, 'important');
    }
  }
}
