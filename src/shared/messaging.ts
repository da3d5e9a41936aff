import { browser } from '../platform/browser';
import type { Envelope, MessageName, RequestOf, ResponseOf } from './messages';

/** Sends a typed message to the background (or, from the background, to extension pages). */
export async function sendToExtension<K extends MessageName>(name: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  const envelope: Envelope<K> = { claimscope: name, payload };
  return (await browser.runtime.sendMessage(envelope)) as ResponseOf<K>;
}

/** Sends a typed message to the content script of a tab (top frame only). */
export async function sendToTab<K extends MessageName>(tabId: number, name: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  const envelope: Envelope<K> = { claimscope: name, payload };
  return (await browser.tabs.sendMessage(tabId, envelope, { frameId: 0 })) as ResponseOf<K>;
}
