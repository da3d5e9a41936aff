import { CONTENT_TO_BACKGROUND, isEnvelope, isMessageName, isValidPayload, PAGE_TO_BACKGROUND, type Envelope, type MessageName } from '../shared/messages';

/** Who sent a message: our content script in a web page, one of our extension pages, or someone we ignore. */
export type SenderKind = 'content' | 'page' | null;

/** The fields of a runtime.onMessage sender the policy reads (the browser fills them in; the sender cannot). */
export interface MessageSenderLike {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** This extension as the policy sees it: its id and the base URL of its pages ("chrome-extension://id/"). */
export interface OwnExtension {
  id: string;
  baseUrl: string;
}

/**
 * Classifies a sender: only our own extension counts. Our extension pages (popup, side panel,
 * even opened in a tab) come from our base URL; our content scripts come with a tab and a web
 * page's URL. Anything else (another extension, a sender with no tab and no URL of ours) is
 * ignored. Takes our identity as a parameter so tests can pass a fake sender and a fake self.
 */
export function classifySender(sender: MessageSenderLike, self: OwnExtension): SenderKind {
  if (!self.id || sender.id !== self.id) return null;
  if (typeof sender.url === 'string' && sender.url.startsWith(self.baseUrl) && self.baseUrl.length > 0) return 'page';
  if (typeof sender.tab?.id === 'number' && sender.tab.id >= 0) return 'content';
  return null;
}

/** True when this kind of sender may send this message. */
export function mayReceive(kind: SenderKind, name: MessageName): boolean {
  if (kind === 'content') return CONTENT_TO_BACKGROUND.includes(name);
  if (kind === 'page') return PAGE_TO_BACKGROUND.includes(name);
  return false;
}

/**
 * The one gate of the background's onMessage listener: the message is ours in shape, its
 * sender is our extension and of a kind that may send it, and its payload is well formed.
 * Returns the envelope to handle, or null to ignore the message (no answer at all).
 */
export function acceptMessage(message: unknown, sender: MessageSenderLike, self: OwnExtension): Envelope | null {
  if (!isEnvelope(message)) return null;
  const name = message.claimscope;
  if (!isMessageName(name) || !mayReceive(classifySender(sender, self), name)) return null;
  return isValidPayload(name, message.payload) ? message : null;
}
