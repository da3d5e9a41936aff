/**
 * Countries and international bodies with the names news copy uses for them: capitals,
 * seats of power, demonyms. Extraction and matching both map these to one entity id, so
 * "Beijing", "Chinese" and "China" are the same actor. General knowledge, not tuned to any article.
 */
const ENTITIES: Record<string, string[]> = {
  us: ['united states', 'united states of america', 'us', 'usa', 'america', 'american', 'americans', 'washington', 'white house', 'pentagon', 'state department', 'capitol hill'],
  russia: ['russia', 'russian', 'russians', 'moscow', 'kremlin', 'russian federation', 'soviet'],
  china: ['china', 'chinese', 'beijing', 'prc', "people's republic of china", 'peoples republic of china', 'zhongnanhai'],
  ukraine: ['ukraine', 'ukrainian', 'ukrainians', 'kyiv', 'kiev'],
  uk: ['united kingdom', 'uk', 'britain', 'great britain', 'british', 'london', 'downing street', 'whitehall'],
  france: ['france', 'french', 'paris', 'elysee', 'élysée'],
  germany: ['germany', 'german', 'germans', 'berlin'],
  italy: ['italy', 'italian', 'rome'],
  spain: ['spain', 'spanish', 'madrid'],
  poland: ['poland', 'polish', 'warsaw'],
  japan: ['japan', 'japanese', 'tokyo'],
  india: ['india', 'indian', 'new delhi', 'delhi'],
  pakistan: ['pakistan', 'pakistani', 'islamabad'],
  iran: ['iran', 'iranian', 'iranians', 'tehran'],
  iraq: ['iraq', 'iraqi', 'baghdad'],
  israel: ['israel', 'israeli', 'israelis', 'jerusalem'],
  palestine: ['palestine', 'palestinian', 'palestinians', 'ramallah', 'gaza'],
  syria: ['syria', 'syrian', 'damascus'],
  turkey: ['turkey', 'turkish', 'ankara', 'türkiye'],
  saudi_arabia: ['saudi arabia', 'saudi', 'riyadh'],
  egypt: ['egypt', 'egyptian', 'cairo'],
  north_korea: ['north korea', 'north korean', 'pyongyang', 'dprk'],
  south_korea: ['south korea', 'south korean', 'seoul'],
  taiwan: ['taiwan', 'taiwanese', 'taipei'],
  belarus: ['belarus', 'belarusian', 'minsk'],
  canada: ['canada', 'canadian', 'ottawa'],
  mexico: ['mexico', 'mexican', 'mexico city'],
  brazil: ['brazil', 'brazilian', 'brasilia', 'brasília'],
  argentina: ['argentina', 'argentine', 'buenos aires'],
  australia: ['australia', 'australian', 'canberra'],
  south_africa: ['south africa', 'south african', 'pretoria'],
  nigeria: ['nigeria', 'nigerian', 'abuja'],
  kenya: ['kenya', 'kenyan', 'nairobi'],
  ethiopia: ['ethiopia', 'ethiopian', 'addis ababa'],
  venezuela: ['venezuela', 'venezuelan', 'caracas'],
  cuba: ['cuba', 'cuban', 'havana'],
  afghanistan: ['afghanistan', 'afghan', 'kabul'],
  vietnam: ['vietnam', 'vietnamese', 'hanoi'],
  indonesia: ['indonesia', 'indonesian', 'jakarta'],
  philippines: ['philippines', 'philippine', 'filipino', 'manila'],
  netherlands: ['netherlands', 'dutch', 'the hague', 'amsterdam'],
  belgium: ['belgium', 'belgian'],
  sweden: ['sweden', 'swedish', 'stockholm'],
  norway: ['norway', 'norwegian', 'oslo'],
  finland: ['finland', 'finnish', 'helsinki'],
  denmark: ['denmark', 'danish', 'copenhagen'],
  greece: ['greece', 'greek', 'athens'],
  hungary: ['hungary', 'hungarian', 'budapest'],
  serbia: ['serbia', 'serbian', 'belgrade'],
  georgia: ['tbilisi'],
  armenia: ['armenia', 'armenian', 'yerevan'],
  azerbaijan: ['azerbaijan', 'azerbaijani', 'baku'],
  kazakhstan: ['kazakhstan', 'kazakh', 'astana'],
  qatar: ['qatar', 'qatari', 'doha'],
  uae: ['united arab emirates', 'uae', 'emirati', 'abu dhabi'],
  lebanon: ['lebanon', 'lebanese', 'beirut'],
  yemen: ['yemen', 'yemeni', 'sanaa'],
  eu: ['european union', 'eu', 'brussels', 'european commission'],
  un: ['united nations', 'un', 'security council', 'general assembly'],
  nato: ['nato', 'north atlantic treaty organization'],
  g7: ['g7', 'group of seven'],
};

/**
 * Heads of state or government since about 2010 whose surname names their government in news
 * copy ("the Putin government", "Modi's administration", "the Assad regime"). Surnames that are
 * also common words or names, or another public figure's ("May", "Kim", "Johnson", "Morrison",
 * "Conte", "Fernandez"), are left out.
 */
const LEADERS: Record<string, string[]> = {
  us: ['obama', 'trump', 'biden'],
  russia: ['putin', 'medvedev', 'mishustin'],
  china: ['xi', 'hu jintao', 'li keqiang', 'li qiang'],
  ukraine: ['zelensky', 'zelenskyy', 'zelenskiy', 'poroshenko', 'yanukovych'],
  uk: ['sunak', 'starmer'],
  france: ['macron', 'hollande', 'sarkozy'],
  germany: ['merkel', 'scholz', 'merz'],
  italy: ['meloni', 'draghi', 'renzi'],
  japan: ['kishida', 'ishiba'],
  india: ['modi'],
  turkey: ['erdogan', 'erdoğan'],
  iran: ['rouhani', 'raisi', 'pezeshkian', 'khamenei'],
  israel: ['netanyahu'],
  brazil: ['lula', 'bolsonaro', 'rousseff'],
  belarus: ['lukashenko'],
  hungary: ['orban', 'orbán'],
  poland: ['morawiecki'],
  syria: ['assad'],
  venezuela: ['maduro', 'chavez', 'chávez'],
  north_korea: ['kim jong un', 'kim jong-un'],
  canada: ['trudeau'],
  mexico: ['obrador', 'sheinbaum'],
  argentina: ['milei', 'kirchner'],
  egypt: ['sisi', 'el-sisi'],
  kenya: ['ruto', 'kenyatta'],
  ethiopia: ['abiy'],
  nigeria: ['buhari', 'tinubu'],
  south_africa: ['ramaphosa', 'zuma'],
  indonesia: ['widodo', 'jokowi', 'prabowo'],
  philippines: ['duterte'],
};

/** What a leader's name names in "the Putin government", "Modi's administration". */
const GOVERNMENT_NOUNS = ['government', 'administration', 'regime', 'cabinet'];

/** Lower-case alias (one or more words) to entity id. */
export const ENTITY_ALIASES: ReadonlyMap<string, string> = new Map([
  ...Object.entries(ENTITIES).flatMap(([id, aliases]) => aliases.map((a) => [a, id] as const)),
  ...Object.entries(LEADERS).flatMap(([id, names]) => names.flatMap((n) => GOVERNMENT_NOUNS.map((g) => [`${n} ${g}`, id] as const))),
]);

/** The longest alias in words, so the tagger knows how far to look ahead. */
export const LONGEST_ALIAS_WORDS = Math.max(...[...ENTITY_ALIASES.keys()].map((a) => a.split(' ').length));

/** First words of all aliases, so the tagger tries only tokens that can start one. */
export const ALIAS_FIRST_WORDS: ReadonlySet<string> = new Set([...ENTITY_ALIASES.keys()].map((a) => a.split(' ')[0] as string));
