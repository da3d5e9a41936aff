import { browser } from '../platform/browser';
import type { FoundClaim } from '../shared/messages';

/** What one tab's content script last reported. */
export interface TabRecord {
  host: string;
  claims: FoundClaim[];
}

const SESSION_KEY = 'tabs';

/**
 * Per-tab found claims, kept in memory and mirrored to storage.session (when the browser
 * has it) so a restarted service worker still answers the popup; also drives the badge.
 */
export class TabRegistry {
  private readonly tabs = new Map<number, TabRecord>();
  private restored: Promise<void> | null = null;

  private restore(): Promise<void> {
    this.restored ??= (async () => {
      try {
        const got = await browser.storage.session?.get(SESSION_KEY);
        const saved = got?.[SESSION_KEY] as Record<string, TabRecord> | undefined;
        for (const [id, rec] of Object.entries(saved ?? {})) if (!this.tabs.has(Number(id))) this.tabs.set(Number(id), rec);
      } catch {
        // No session storage: memory only.
      }
    })();
    return this.restored;
  }

  private persist(): void {
    browser.storage.session?.set({ [SESSION_KEY]: Object.fromEntries(this.tabs) }).catch(() => undefined);
  }

  /** The tab's record, if its content script reported. */
  async get(tabId: number): Promise<TabRecord | null> {
    await this.restore();
    return this.tabs.get(tabId) ?? null;
  }

  /** Records what a tab shows and sets its badge to the number of distinct claims (empty when none). */
  async set(tabId: number, record: TabRecord): Promise<void> {
    await this.restore();
    this.tabs.set(tabId, record);
    this.persist();
    const count = new Set(record.claims.map((c) => c.claimId)).size;
    await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' }).catch(() => undefined);
  }

  /** Forgets a closed tab. */
  forget(tabId: number): void {
    if (this.tabs.delete(tabId)) this.persist();
  }
}
