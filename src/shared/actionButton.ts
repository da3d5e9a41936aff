import { el } from './claimRecordDom';

/** Where an action button differs from the panel's usual one: an id to find it by, and its classes ("btn secondary" unless given). */
interface ActionButtonOptions {
  id?: string;
  className?: string;
}

/**
 * A `<button type="button">` with a text label that runs `onClick` when pressed: the one way the
 * popup and the panel make their buttons, so each reads the same to a keyboard and a screen reader, and none
 * submits a form. A promise `onClick` returns is not waited for; it reports its own outcome.
 */
export function actionButton(doc: Document, label: string, onClick: () => unknown, { id, className = 'btn secondary' }: ActionButtonOptions = {}): HTMLButtonElement {
  const button = el(doc, 'button', className, label);
  button.type = 'button';
  if (id !== undefined) button.id = id;
  button.addEventListener('click', () => void onClick());
  return button;
}
