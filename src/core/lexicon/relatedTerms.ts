/** Version of the related-terms table format. */
export const RELATED_TERMS_VERSION = 1;

/**
 * The related-terms table as stored: for each stem, its related stems with a weight in
 * 0..1, written "stem:0.83 other:0.71" (strongest first) to keep the file small.
 */
export interface RelatedTermsTable {
  version: typeof RELATED_TERMS_VERSION;
  about: string;
  /** Stems of words used mostly as verbs, space-separated. */
  verbs: string;
  /** Irregular forms of those verbs ("sold", "came", "gave"), lower case, space-separated; absent in tables built before they were listed. */
  verbForms?: string;
  /** log2 of each stem's frequency rank in news and web text: higher is rarer. */
  rarity: Record<string, number>;
  related: Record<string, string>;
}

/** What reading a clause needs to know of verbs. */
export interface VerbLexicon {
  /** Stems that can be a clause's action ("ask", "supply", "sold"). */
  readonly stems: ReadonlySet<string>;
  /** Irregular inflected forms ("sold", "came", "gave"): verbs wherever they stand, as "-ed" forms are. */
  readonly forms: ReadonlySet<string>;
}

/**
 * Which stems an outlet may use for a claim's stem, and how close each is: synonyms,
 * derivations and one step broader or narrower, built from WordNet and word vectors by
 * `npm run lexicon`. Used when the claim index is built, so the index carries each
 * claim's expansions and the extension needs no lexical resource to match a page.
 */
export class RelatedTerms {
  private readonly parsed = new Map<string, [string, number][]>();
  /** Which words can be a claim's action, and which are plainly verbs. */
  readonly verbs: VerbLexicon;

  constructor(private readonly table: RelatedTermsTable | null) {
    this.verbs = { stems: new Set(table?.verbs.split(' ') ?? []), forms: new Set(table?.verbForms?.split(' ') ?? []) };
  }

  /** How rare a stem is (log2 of its frequency rank); undefined for a stem rarer than the table's vocabulary. */
  rarityOf(stem: string): number | undefined {
    // Own keys only: a page's "constructor" is a word, not Object.prototype's.
    return this.table && Object.hasOwn(this.table.rarity, stem) ? this.table.rarity[stem] : undefined;
  }

  /** All verb stems, stored form. */
  verbList(): string {
    return this.table?.verbs ?? '';
  }

  /** All irregular verb forms, stored form. */
  verbFormList(): string {
    return this.table?.verbForms ?? '';
  }

  /** The stored entry of `stem`, to carry into a claim index; undefined when the table does not know it. */
  entry(stem: string): string | undefined {
    return this.table && Object.hasOwn(this.table.related, stem) ? this.table.related[stem] : undefined;
  }

  /** The stems related to `stem`, strongest first (empty when the table does not know it). */
  of(stem: string): [string, number][] {
    let list = this.parsed.get(stem);
    if (list) return list;
    const raw = this.entry(stem);
    list = raw
      ? raw.split(' ').map((pair) => {
          const at = pair.lastIndexOf(':');
          return [pair.slice(0, at), Number(pair.slice(at + 1))] as [string, number];
        })
      : [];
    this.parsed.set(stem, list);
    return list;
  }
}
