import { stem } from '../text/tokens';

/**
 * Synonym groups of news copy. Outlets restate a claim in their own words ("asked" /
 * "requested" / "sought"; "aid" / "assistance" / "support"); the matcher compares
 * concepts, not spellings. Each group is a general English sense, never a phrase of one article.
 * Groups marked as predicates are verbs (and their nominalisations) that carry a claim's action.
 */
const PREDICATE_GROUPS: Record<string, string[]> = {
  ask: ['ask', 'asked', 'asking', 'request', 'requested', 'requesting', 'seek', 'sought', 'seeking', 'appeal', 'appealed', 'solicit', 'solicited', 'plead', 'pleaded', 'beg', 'begged'],
  provide: ['provide', 'provided', 'provision', 'give', 'gave', 'given', 'giving', 'supply', 'supplied', 'supplies', 'supplier', 'send', 'sent', 'sending', 'deliver', 'delivered', 'delivery', 'offer', 'offered', 'furnish', 'ship', 'shipped', 'shipment', 'transfer', 'transferred', 'hand', 'handed'],
  sell: ['sell', 'sold', 'selling', 'sale', 'sales'],
  buy: ['buy', 'bought', 'purchase', 'purchased', 'acquire', 'acquired', 'acquisition'],
  help: ['help', 'helped', 'helping', 'enable', 'enabled', 'enabling', 'aid', 'aided', 'assist', 'assisted', 'assistance', 'support', 'supported', 'backing', 'back', 'backed'],
  signal: ['signal', 'signalled', 'signaled', 'signaling', 'signalling', 'indicate', 'indicated', 'suggest', 'suggested', 'hint', 'hinted', 'intimate', 'intimated', 'convey', 'conveyed'],
  know: ['know', 'knew', 'known', 'aware', 'awareness', 'realise', 'realize', 'realised', 'realized', 'foreknowledge'],
  stop: ['stop', 'stopped', 'halt', 'halted', 'cease', 'ceased', 'suspend', 'suspended', 'end', 'ended', 'quit'],
  consider: ['consider', 'considered', 'considering', 'weigh', 'weighing', 'mull', 'mulling', 'contemplate', 'contemplating', 'eye', 'eyeing'],
  evade: ['evade', 'evading', 'evasion', 'circumvent', 'circumventing', 'dodge', 'dodging', 'avoid', 'avoiding', 'bypass', 'skirt', 'sidestep', 'escape'],
  tolerate: ['tolerate', 'allow', 'permit', 'accept', 'countenance'],
  lie: ['lie', 'lied', 'lying', 'deceive', 'deceived', 'mislead', 'misled', 'lies'],
  plan: ['plan', 'planned', 'planning', 'plot', 'plotting', 'intend', 'intended', 'intention'],
  invade: ['invasion', 'invade', 'invaded', 'incursion', 'offensive'],
  expand: ['expansion', 'expand', 'expanding', 'buildup', 'build-up', 'rebuild', 'rebuilding', 'revive', 'reviving', 'boost', 'grow', 'growth'],
  punish: ['consequence', 'consequences', 'penalty', 'penalties', 'punish', 'punished', 'retaliation', 'retaliate', 'repercussion', 'repercussions', 'accountable'],
  accuse: ['accuse', 'accused', 'blame', 'blamed'],
  warn: ['warn', 'warned', 'warning', 'caution', 'cautioned'],
  condemn: ['condemn', 'condemned', 'condemnation', 'denounce', 'denounced', 'denunciation', 'criticise', 'criticize', 'criticised', 'criticized'],
  meet: ['meet', 'met', 'meeting', 'talks', 'summit'],
  sign: ['sign', 'signed', 'signing', 'agree', 'agreed', 'agreement', 'deal'],
  sue: ['sue', 'sued', 'lawsuit', 'suit'],
  raise: ['raise', 'raised', 'hike', 'hiked', 'increase', 'increased'],
  cut: ['cut', 'cuts', 'lower', 'lowered', 'reduce', 'reduced', 'reduction', 'slash', 'slashed', 'fall', 'fell', 'drop', 'dropped', 'decline', 'declined'],
  steal: ['steal', 'stole', 'stolen', 'theft', 'exfiltrate', 'exfiltrated', 'raid', 'raided'],
  pay: ['pay', 'paid', 'payment', 'hand over', 'handed over'],
  investigate: ['investigate', 'investigated', 'investigation', 'inquiry', 'probe', 'examine', 'examination', 'review'],
  contain: ['contain', 'contained', 'include', 'included', 'includes', 'comprise', 'comprised'],
  count: ['count', 'counted', 'tally', 'tallied', 'tabulate', 'tabulated'],
  owe: ['owe', 'owed', 'owes', 'withhold', 'withheld', 'unpaid', 'debt'],
  close: ['close', 'closed', 'closure', 'shut', 'shutdown'],
  produce: ['produce', 'produced', 'production', 'manufacture', 'manufactured', 'manufacturing'],
  import: ['import', 'imported', 'imports'],
  export: ['export', 'exported', 'exports'],
  kill: ['kill', 'killed', 'dead', 'death', 'deaths'],
  arrest: ['arrest', 'arrested', 'detain', 'detained', 'detention'],
  resign: ['resign', 'resigned', 'resignation', 'quit', 'step down'],
  win: ['win', 'won', 'victory', 'winner'],
};

/** Content (non-predicate) groups: nouns and adjectives that outlets swap freely. */
const CONTENT_GROUPS: Record<string, string[]> = {
  weapon: ['weapon', 'weapons', 'arms', 'equipment', 'hardware', 'munition', 'munitions', 'materiel', 'weaponry', 'ammunition', 'armament', 'armaments'],
  military: ['military', 'defense', 'defence', 'army', 'armed forces', 'war'],
  drone: ['drone', 'drones', 'uav', 'uavs', 'unmanned'],
  willing: ['willing', 'willingness', 'open', 'openness', 'ready', 'readiness', 'prepared', 'inclined', 'receptive'],
  economic: ['economic', 'economy', 'financial', 'finance', 'monetary', 'fiscal'],
  sanction: ['sanction', 'sanctions', 'sanctioned', 'embargo', 'restrictions'],
  disinformation: ['disinformation', 'misinformation', 'propaganda', 'fake', 'falsehood', 'falsehoods'],
  direct: ['direct', 'directly'],
  largest: ['biggest', 'largest', 'greatest'],
  machinery: ['machinery', 'machine', 'machines', 'tools', 'tooling'],
  missile: ['missile', 'missiles', 'rocket', 'rockets'],
  company: ['company', 'firm', 'business', 'corporation'],
  government: ['government', 'administration', 'cabinet'],
  price: ['price', 'prices', 'cost', 'costs'],
  job: ['job', 'jobs', 'employment', 'workforce', 'workers', 'staff'],
  stadium: ['stadium', 'arena', 'ground'],
  data: ['data', 'records', 'information', 'details'],
  breach: ['breach', 'hack', 'hacked', 'leak', 'leaked', 'compromised', 'cyberattack'],
  hacker: ['hacker', 'hackers', 'attacker', 'attackers', 'cybercriminal', 'cybercriminals'],
  phone: ['phone', 'telephone', 'mobile'],
  tax: ['tax', 'taxes', 'duty', 'duties', 'levy', 'levies', 'tariff', 'tariffs'],
  vote: ['vote', 'votes', 'ballot', 'ballots'],
  wage: ['wage', 'wages', 'salary', 'salaries', 'earnings'],
  police: ['police', 'officers', 'detectives', 'investigators'],
  manager: ['manager', 'managers', 'management', 'bosses', 'executives'],
  land: ['land', 'site', 'plot', 'property'],
  fee: ['fee', 'fees', 'charge', 'charges'],
  pupil: ['pupil', 'pupils', 'student', 'students', 'enrolment', 'enrollment'],
  document: ['file', 'files', 'document', 'documents'],
};

/** Stem (or multi-word phrase) to concept id. */
const STEM_TO_CONCEPT = new Map<string, string>();
/** Listed words to concept id, for irregular forms whose stem differs ("sought", "gave"). */
const EXACT_CONCEPT = new Map<string, string>();
/** Concept ids that name an action, so a claim's main verb can be required of a restatement. */
export const PREDICATE_CONCEPTS = new Set<string>();
/** Multi-word synonyms ("armed forces", "step down"), matched before single words. */
export const PHRASES = new Map<string, string>();

for (const [groups, isPredicate] of [[PREDICATE_GROUPS, true], [CONTENT_GROUPS, false]] as const) {
  for (const [id, words] of Object.entries(groups)) {
    const concept = `~${id}`;
    if (isPredicate) PREDICATE_CONCEPTS.add(concept);
    for (const w of words) {
      if (w.includes(' ')) PHRASES.set(w, concept);
      else {
        if (!STEM_TO_CONCEPT.has(stem(w))) STEM_TO_CONCEPT.set(stem(w), concept);
        if (!EXACT_CONCEPT.has(w)) EXACT_CONCEPT.set(w, concept);
      }
    }
  }
}

/** Number words news copy writes either way ("five percent", "5 percent"). */
const NUMBER_WORDS: Record<string, string> = {
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12', fifteen: '15', twenty: '20', thirty: '30', forty: '40', fifty: '50', hundred: '100',
};

/** The concept a lower-case word stands for: its synonym group, a digit string for a number word, or its own stem. */
export function conceptOf(lowerWord: string): string {
  const number = NUMBER_WORDS[lowerWord];
  if (number) return number;
  const s = stem(lowerWord);
  const concept = STEM_TO_CONCEPT.get(s);
  // Only inflections join a group: "imported" is an import, "important" is not.
  return concept && isInflectionOf(lowerWord, s) ? concept : (EXACT_CONCEPT.get(lowerWord) ?? s);
}

/** Whether a word is its stem plus an inflection ("supplying" of "suppli", "deliveries" of "deliveri"). */
function isInflectionOf(word: string, s: string): boolean {
  let common = 0;
  while (common < s.length && word[common] === s[common]) common++;
  return s.length - common <= 1 && INFLECTION.test(word.slice(common));
}

/** What may follow a stem for a word to count as a form of it. */
const INFLECTION = /^(?:|s|es|e|ed|d|ing|er|ers|ion|ions|ment|ments|al|ance|ence|y|ys|ying|yed|ies|ied|ily|ly)$/u;
