import { browser, type Runtime } from '../platform/browser';
import { CONTENT_TO_BACKGROUND, PAGE_TO_BACKGROUND, type MessageName } from '../shared/messages';

/** Who sent a message: our content script in a web page, one of our extension pages, or someone we ignore. */
export type SenderKind = 'content' | 'page' | null;

/** Classifies a sender: only our own extension counts; content scripts come with a tab, our pages with our URL. */
export function classifySender(sender: Runtime.MessageSender): SenderKind {
  if (sender.id !== browser.runtime.id) return null;
  const base = browser.runtime.getURL('');
  if (sender.url?.startsWith(base)) return 'page';
  if (sender.tab?.id !== undefined) return 'content';
  return null;
}

/** True when this kind of sender may send this message. */
export function mayReceive(kind: SenderKind, name: MessageName): boolean {
  if (kind === 'content') return CONTENT_TO_BACKGROUND.includes(name);
  if (kind === 'page') return PAGE_TO_BACKGROUND.includes(name);
  return false;
}
