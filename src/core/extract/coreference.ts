import { ENTITY_ALIASES } from '../lexicon/gazetteer';
import { firstPartyNamed } from '../match/proposition';
import { TITLE_WORDS } from '../lexicon/titles';
import { PERSON_HEAD, PLURAL_HEAD, type SourceMention } from './sourcePhrase';

/** A source as the article names it at its fullest. */
export interface ResolvedSource {
  actor: string;
  role: string | null;
  /** The country or body the source speaks for, when the text says (gazetteer id). */
  entity: string | null;
  /** One person (he/she may point at it) rather than a group. */
  singular: boolean;
}


/**
 * How many of the latest mentions a pronoun or a definite description ("the spokesman") looks
 * back over: a reader's attention span, far longer than news copy reaches back, and a bound
 * that keeps a page of endless "she said" linear.
 */
const RECENT_MENTIONS = 60;

/**
 * The country or body a person's role or a description names: "US National Security Adviser",
 * "Chinese foreign ministry spokesman". Read word by word, since the whole phrase describes a
 * person (the clause reader leaves the country out of "US National Security Adviser Jake Sullivan").
 */
function entityOf(...texts: (string | null)[]): string | null {
  for (const t of texts) {
    const id = t ? firstPartyNamed(t) : null;
    if (id) return id;
  }
  return null;
}

/**
 * Follows the people and groups of one article in order of mention, so "Ms Varga", "she"
 * and "the spokesman" resolve to the person the article named ("Helena Varga", with the
 * role it gave). Works from the text alone: nothing here knows any particular person.
 */
export class SourceResolver {
  private readonly people: ResolvedSource[] = [];
  private readonly recent: ResolvedSource[] = [];

  /** The person who opens the current unit, if any: "his" and "he" later in it mean them. */
  private unitSubject: ResolvedSource | null = null;

  /** Marks the start of a new statement unit (a sentence or a quotation's sentences). */
  startUnit(): void {
    this.unitSubject = null;
  }

  /** Registers a person named in narration ("Transport Minister Helena Varga met …"); `opensUnit` when the name is the unit's subject. */
  notePerson(name: string, role: string | null, opensUnit = false): void {
    const known = this.findByName(name);
    if (known) {
      if (role && (!known.role || role.length > known.role.length)) known.role = role;
      if (opensUnit && !this.unitSubject) this.unitSubject = known;
      return;
    }
    const person = { actor: name, role, entity: entityOf(role), singular: true };
    this.people.push(person);
    if (opensUnit && !this.unitSubject) this.unitSubject = person;
  }

  /** A surname alone opening the unit ("Xi also hailed …"): the person the article named with it is the unit's subject, whom a later "he" in it means. */
  noteSurnameSubject(surname: string): void {
    const known = this.findByName(surname);
    if (known && !this.unitSubject) this.unitSubject = known;
  }

  private findByName(name: string): ResolvedSource | undefined {
    const words = name.toLowerCase().split(/\s+/u);
    return [...this.people].reverse().find((p) => {
      const pw = p.actor.toLowerCase().split(/\s+/u);
      return words.length === 1 ? pw.includes(words[0] as string) : pw.join(' ') === words.join(' ');
    });
  }

  private remember(s: ResolvedSource): ResolvedSource {
    this.recent.push(s);
    if (this.recent.length > RECENT_MENTIONS) this.recent.shift();
    return s;
  }

  /** The latest recent mention that passes `test`. */
  private latest(test: (s: ResolvedSource) => boolean): ResolvedSource | undefined {
    for (let i = this.recent.length - 1; i >= 0; i--) if (test(this.recent[i] as ResolvedSource)) return this.recent[i];
    return undefined;
  }

  private readonly countries = new Map<string, ResolvedSource>();

  /** Who a mention refers to, given everything said before it in the article. */
  resolve(mention: SourceMention): ResolvedSource {
    // "the US", "the U.S.", "the United States", "Washington": one actor, under the country's name.
    const country = mention.kind === 'pronoun' ? null : countryNamed(mention.kind === 'surname' ? mention.surname : mention.kind === 'person' ? mention.name : mention.text);
    if (country) {
      const known = this.countries.get(country) ?? { actor: COUNTRY_NAMES.get(country) as string, role: null, entity: country, singular: false };
      this.countries.set(country, known);
      return this.remember(known);
    }
    switch (mention.kind) {
      case 'person': {
        const known = this.findByName(mention.name);
        if (known) {
          if (mention.role && (!known.role || mention.role.length > known.role.length)) known.role = mention.role;
          known.entity ??= entityOf(known.role);
          return this.remember(known);
        }
        const person = { actor: mention.name, role: mention.role, entity: entityOf(mention.role), singular: true };
        this.people.push(person);
        return this.remember(person);
      }
      case 'surname': {
        const known = this.findByName(mention.surname);
        if (known) return this.remember(known);
        const entity = ENTITY_ALIASES.get(mention.surname.toLowerCase()) ?? null;
        const named = { actor: mention.surname, role: mention.role, entity, singular: entity === null };
        // A surname the article did not introduce is still a person "he" and "she" can point at.
        if (entity === null) this.people.push(named);
        return this.remember(named);
      }
      case 'pronoun': {
        const wantSingular = mention.pronoun === 'he' || mention.pronoun === 'she' || mention.pronoun === 'i';
        const wantThing = mention.pronoun === 'it';
        // "he" and "she" are people the article has named, never a body ("the team", "the ministry").
        const isPerson = (s: ResolvedSource): boolean => this.people.includes(s) || (s.singular && PERSON_HEAD.test(s.actor));
        if (wantSingular && mention.pronoun !== 'i' && this.unitSubject) return this.remember(this.unitSubject);
        const previous = this.latest((s) => (wantThing ? s.entity !== null && !s.singular : wantSingular && mention.pronoun !== 'i' ? isPerson(s) : s.singular === wantSingular));
        if (previous) return this.remember(previous);
        const lastPerson = this.people[this.people.length - 1];
        if (wantSingular && lastPerson) return this.remember(lastPerson);
        return this.remember({ actor: mention.pronoun, role: null, entity: null, singular: wantSingular });
      }
      case 'definite': {
        // Every word of the description must fit: "the finance minister" is not "the prime minister".
        const words = mention.text.toLowerCase().replace(/^the\s+/u, '').split(/\s+/u).map((w) => w.replace(/['\u2019]s$|s$/u, ''));
        const match = this.latest((s) => {
          const known = `${s.actor} ${s.role ?? ''}`.toLowerCase();
          return words.every((w) => known.includes(w));
        });
        if (match) return this.remember(match);
        const described = { actor: capitalise(mention.text), role: null, entity: entityOf(mention.text), singular: !PLURAL_HEAD.test(mention.head) };
        // "the secretary of state" is one person, whom "he" may follow.
        if (described.singular && TITLE_WORDS.has(mention.head)) this.people.push(described);
        return this.remember(described);
      }
      case 'group': {
        const entity = entityOf(mention.text);
        const singular = /^(?:a|an|one)\s/iu.test(mention.text) || !PLURAL_HEAD.test(mention.text.split(',')[0]?.trim() ?? '');
        return this.remember({ actor: capitalise(mention.text), role: null, entity, singular });
      }
    }
  }
}


function capitalise(text: string): string {
  return text.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

/** Aliases that name an institution of a country rather than the country itself: kept as written. */
const INSTITUTION = /\b(?:house|department|pentagon|kremlin|street|hall|council|commission|assembly|administration|zhongnanhai|elysee|élysée|whitehall|capitol)\b/u;

/** Each entity's display name: its first alias, capitalised ("United States", "Russia", "NATO"). */
const COUNTRY_NAMES: ReadonlyMap<string, string> = (() => {
  const names = new Map<string, string>();
  for (const [alias, id] of ENTITY_ALIASES) {
    if (names.has(id)) continue;
    names.set(id, alias.length <= 4 ? alias.toUpperCase() : alias.replace(/\b\p{L}/gu, (c) => c.toUpperCase()));
  }
  return names;
})();

/** The entity a phrase names as a whole, when it is a country's name, capital or demonym ("the U.S.", "Washington"), else null. */
function countryNamed(text: string): string | null {
  const key = text.toLowerCase().replace(/^the\s+/u, '').replace(/\./gu, '').trim();
  const id = ENTITY_ALIASES.get(key);
  return id && !INSTITUTION.test(key) ? id : null;
}
