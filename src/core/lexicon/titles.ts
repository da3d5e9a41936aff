/**
 * Words of roles and titles ("spokesman", "Secretary", "adviser"). They describe a source
 * rather than a proposition, and mark where a person's name starts in "State Department
 * spokesman Ned Price".
 */
export const TITLE_WORDS = new Set(
  (
    'president vice prime minister ministers secretary spokesman spokeswoman spokesperson spokespeople adviser advisor ' +
    'advisers advisors chancellor chairman chairwoman chair chief executive ceo cfo director directors official officials ' +
    'ambassador envoy diplomat diplomats senator sen congressman congresswoman representative rep governor gov mayor ' +
    'judge justice general gen admiral colonel commander lieutenant captain sergeant officer inspector detective ' +
    'superintendent commissioner deputy assistant senior top leader leaders head king queen prince princess premier ' +
    'foreign defence defense interior finance treasury national security press state minister mp lawmaker lawmakers ' +
    'attorney lawyer lawyers prosecutor prosecutors coach manager captain chairperson founder owner professor prof ' +
    'dr mr mrs ms mx sir dame lord lady rev pope bishop cardinal sheikh emir sultan economist analyst analysts ' +
    'researcher researchers scientist scientists doctor doctors nurse nurses union councillor councilor alderman ' +
    'administrator administration ministry department office council committee agency board commission'
  ).split(/\s+/u),
);

/**
 * Title words that are also ordinary content words ("defense expansion", "security
 * concerns", "top diplomat"): part of a title only when capitalised ("Defense Minister").
 */
export const TITLE_MODIFIERS = new Set(
  (
    'vice chief executive general senior top head foreign defence defense interior finance treasury national security ' +
    'press state union office council committee agency board commission administration ministry department deputy assistant ' +
    'justice leader leaders'
  ).split(/\s+/u),
);
