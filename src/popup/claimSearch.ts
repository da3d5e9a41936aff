import Fuse from 'fuse.js';
import type { ClaimView } from '../shared/claimView';

/** Fuzzy search over claims by wording, people and their exact quotes, so a misspelt name ("Peskow") still finds the claim. */
export class ClaimSearch {
  private readonly fuse: Fuse<{ view: ClaimView; text: string; actors: string[]; quotes: string[] }>;

  constructor(private readonly claims: ClaimView[]) {
    const items = claims.map((view) => {
      const all = [...view.asserted, ...view.deniedOrDisputed];
      return { view, text: view.text, actors: all.map((a) => a.actor), quotes: all.map((a) => a.quote) };
    });
    this.fuse = new Fuse(items, { keys: ['text', 'actors', 'quotes'], threshold: 0.4, ignoreLocation: true });
  }

  /** Best matches first; every claim when the query is empty. */
  search(query: string): ClaimView[] {
    const q = query.trim();
    if (!q) return this.claims;
    return this.fuse.search(q).map((r) => r.item.view);
  }
}
