import Fuse, { type Expression } from 'fuse.js';
import { ENTITY_ALIASES } from '../core/lexicon/gazetteer';
import type { AttributionView, ClaimView } from '../shared/claimView';

/** What a claim is searched by: its wording, who spoke (names, roles, the places they speak for), what they said and how. */
interface SearchItem {
  view: ClaimView;
  text: string;
  actors: string[];
  aliases: string[];
  quotes: string[];
  stances: string[];
}

/** Words a reader may use for a stance: "Peskov denial", "Zhao disputed". */
const STANCE_WORDS: Record<AttributionView['stance'], string> = {
  asserts: 'asserted asserts assertion said claims',
  denies: 'denied denies denial deny rejected',
  disputes: 'disputed disputes dispute contested',
};

const KEYS: (keyof Omit<SearchItem, 'view'>)[] = ['text', 'actors', 'aliases', 'quotes', 'stances'];
/** Query words too common to narrow anything. */
const STOP_WORDS = new Set(['the', 'a', 'an', 'of', 'on', 'in', 'to', 'and', 'or', 'for', 'by', 'about', 'with', 'is', 'was']);

/** Every name of each gazetteer entity ("russia" → Russia, Moscow, Kremlin, …). */
const NAMES_OF_ENTITY = new Map<string, string[]>();
for (const [alias, id] of ENTITY_ALIASES) NAMES_OF_ENTITY.set(id, [...(NAMES_OF_ENTITY.get(id) ?? []), alias]);

/** The other names of the places and bodies a source speaks for: "Russia" is also "the Kremlin" and "Moscow". */
function aliasesOf(source: string): string[] {
  const lower = ` ${source.toLowerCase().replace(/[^\p{L}\p{N}' ]+/gu, ' ')} `;
  const ids = new Set<string>();
  for (const [alias, id] of ENTITY_ALIASES) if (lower.includes(` ${alias} `)) ids.add(id);
  return [...ids].flatMap((id) => NAMES_OF_ENTITY.get(id) ?? []);
}

function toItem(view: ClaimView): SearchItem {
  const all = [...view.asserted, ...view.deniedOrDisputed];
  const sources = all.map((a) => [a.actor, a.role].filter(Boolean).join(', '));
  return {
    view,
    text: view.text,
    actors: sources,
    aliases: [...new Set(sources.flatMap(aliasesOf))],
    quotes: all.map((a) => a.quote),
    stances: all.map((a) => STANCE_WORDS[a.stance]),
  };
}

/** One list of the search's answer: this page's claims, or the others from one source document. */
export interface ResultGroup {
  heading: string;
  claims: ClaimView[];
}

/**
 * Search over claims that reads a query as a person writes it: each word ("Peskov",
 * "drones", "denial") is matched fuzzily on its own against the claim's wording, its
 * sources' names, roles and the places they speak for, their quotes and their stances, and
 * a claim must answer every word. When no claim answers them all, claims answering most
 * of them come instead. Typos are tolerated ("Sulivan", "Peskof").
 */
export class ClaimSearch {
  private readonly fuse: Fuse<SearchItem>;

  constructor(private readonly claims: readonly ClaimView[]) {
    this.fuse = new Fuse(claims.map(toItem), { keys: KEYS, threshold: 0.3, ignoreLocation: true, includeScore: true });
  }

  /** Matching claims, best first; every claim in index order when the query is empty. */
  search(query: string): ClaimView[] {
    const words = query.toLowerCase().split(/[^\p{L}\p{N}'-]+/u).filter((w) => w.length > 1 && !STOP_WORDS.has(w));
    if (words.length === 0) return [...this.claims];
    const wordQuery = (w: string): Expression => ({ $or: KEYS.map((k) => ({ [k]: w })) });
    const all = this.fuse.search({ $and: words.map(wordQuery) });
    if (all.length > 0 || words.length === 1) return all.map((r) => r.item.view);
    // No claim answers every word: rank by how many words each answers, then by closeness.
    const hits = new Map<ClaimView, { count: number; score: number }>();
    for (const w of words) {
      for (const r of this.fuse.search(wordQuery(w))) {
        const held = hits.get(r.item.view) ?? { count: 0, score: 0 };
        hits.set(r.item.view, { count: held.count + 1, score: held.score + (r.score ?? 1) });
      }
    }
    return [...hits].sort(([, a], [, b]) => b.count - a.count || a.score / a.count - b.score / b.count).map(([view]) => view);
  }

  /**
   * The search's answer as a reader scans it: the claims on this page first, then the
   * others grouped by the document that first reports them, groups in order of their best match.
   */
  grouped(query: string, onPage: ReadonlySet<string>, groupOf: (claim: ClaimView) => string): ResultGroup[] {
    const found = this.search(query);
    const groups = new Map<string, ClaimView[]>();
    const here = found.filter((c) => onPage.has(c.id));
    for (const claim of found) {
      if (onPage.has(claim.id)) continue;
      const heading = groupOf(claim);
      groups.set(heading, [...(groups.get(heading) ?? []), claim]);
    }
    const out: ResultGroup[] = here.length > 0 ? [{ heading: 'On this page', claims: here }] : [];
    for (const [heading, claims] of groups) out.push({ heading, claims });
    return out;
  }
}
