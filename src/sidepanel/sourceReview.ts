import type { AttributionStance } from '../core/index/schema';
import type { ReaderSource } from '../core/reader/readerIndex';
import { actorsOf, correctAttribution, dropAttribution, mergeActors } from '../core/reader/review';
import { quoteKind } from '../core/quote/quoteKind';
import { el, quoteElement } from '../shared/claimRecordDom';
import { indexedDocumentLabel } from '../shared/claimViewFromIndex';
import { actionButton } from '../shared/actionButton';

const STANCES: AttributionStance[] = ['asserts', 'denies', 'disputes'];

/** What the review hands back: the source as corrected so far, a save, or a discard. */
export interface ReviewActions {
  changed(source: ReaderSource): void;
  save(source: ReaderSource): void;
  discard(): void;
}

function stanceSelect(doc: Document, value: AttributionStance, onChange: (s: AttributionStance) => void): HTMLSelectElement {
  const select = el(doc, 'select', 'review-stance');
  select.setAttribute('aria-label', 'Stance');
  for (const s of STANCES) {
    const option = el(doc, 'option', undefined, s);
    option.value = s;
    option.selected = s === value;
    select.append(option);
  }
  select.addEventListener('change', () => onChange(select.value as AttributionStance));
  return select;
}

/** "Elena Varga and Varga are one": two actors of the source made one. */
function mergeRow(doc: Document, source: ReaderSource, actions: ReviewActions): HTMLElement {
  const row = el(doc, 'div', 'actions review-merge');
  const actors = actorsOf(source);
  const pick = (label: string, cls: string): HTMLSelectElement => {
    const select = el(doc, 'select', cls);
    select.setAttribute('aria-label', label);
    for (const a of actors) select.append(Object.assign(el(doc, 'option', undefined, a), { value: a }));
    return select;
  };
  const from = pick('Actor to merge', 'merge-from');
  const into = pick('Merge into', 'merge-into');
  into.selectedIndex = Math.min(1, actors.length - 1);
  const merge = (): void => {
    if (from.value !== into.value) actions.changed(mergeActors(source, from.value, into.value));
  };
  const button = actionButton(doc, 'Merge', merge, { id: 'review-merge' });
  button.disabled = actors.length < 2;
  row.append(el(doc, 'span', 'muted', 'Same person or body:'), from, el(doc, 'span', 'muted', 'is'), into, button);
  return row;
}

/**
 * The review step before a source is saved: every extracted attribution (actor, role,
 * stance, quote, claim), each actor and stance editable, actors mergeable, attributions
 * droppable. A corrected value says so, with what the extraction had found.
 */
export function renderReview(doc: Document, source: ReaderSource, actions: ReviewActions): HTMLElement {
  const section = el(doc, 'section', 'review');
  section.id = 'review';
  const d = source.document;
  section.append(
    el(doc, 'h3', 'side-heading', 'Review before saving'),
    el(doc, 'p', 'source-title', indexedDocumentLabel(d)),
    el(doc, 'p', 'source-meta', `${d.outlet ?? 'Outlet unknown'} · ${d.date ?? 'date unknown'}${d.url ? ` · ${d.url}` : ''}`),
  );
  const count = source.claims.reduce((n, c) => n + c.attributions.length, 0);
  section.append(el(doc, 'p', 'muted', count === 0 ? 'No attributions are left: nothing would be matched. Discard the source, or add it again.' : `${count} attribution${count === 1 ? '' : 's'} found. Correct what is wrong, then save.`));
  const list = el(doc, 'ol', 'review-list');
  for (const claim of source.claims) {
    claim.attributions.forEach((a, index) => {
      const ref = { claimId: claim.id, index };
      const li = el(doc, 'li', 'card review-item');
      li.dataset.claimId = claim.id;
      const actor = el(doc, 'input', 'review-actor');
      actor.value = a.actor;
      actor.setAttribute('aria-label', 'Actor');
      actor.addEventListener('change', () => actions.changed(correctAttribution(source, ref, { actor: actor.value })));
      const drop = actionButton(doc, 'Drop', () => actions.changed(dropAttribution(source, ref)), { className: 'btn secondary review-drop' });
      const who = el(doc, 'div', 'actions');
      who.append(actor, stanceSelect(doc, a.stance, (stance) => actions.changed(correctAttribution(source, ref, { stance }))), drop);
      li.append(who);
      if (a.role) li.append(el(doc, 'p', 'role', a.role));
      if (a.corrected) {
        const was = [a.corrected.actor !== undefined ? `actor “${a.corrected.actor}”` : null, a.corrected.stance !== undefined ? `stance “${a.corrected.stance}”` : null].filter(Boolean).join(', ');
        li.append(el(doc, 'p', 'corrected-note', `Corrected by you (extracted: ${was})`));
      }
      li.append(quoteElement(doc, { quote: a.quote, quoteKind: quoteKind(source.document.text, a.start, a.end) }), el(doc, 'p', 'review-claim', `Claim: ${claim.text}`));
      list.append(li);
    });
  }
  const save = actionButton(doc, 'Save source', () => actions.save(source), { id: 'review-save', className: 'btn' });
  save.disabled = count === 0;
  const discard = actionButton(doc, 'Discard', () => actions.discard(), { id: 'review-discard' });
  const finish = el(doc, 'div', 'actions');
  finish.append(save, discard);
  section.append(mergeRow(doc, source, actions), list, finish);
  return section;
}
