/**
 * Words that carry no proposition: function words, auxiliaries, time expressions and
 * reporting vocabulary. They are dropped before a sentence is compared with a claim.
 */
export const STOPWORDS = new Set(
  (
    'a an the and or but nor so yet of to in on at by for from with without into onto over under about above below ' +
    'between among through during before after since until upon within across against along around behind beyond ' +
    'toward towards via per than then as if when while whether because though although unless whereas ' +
    'i me my we us our you your he him his she her it its they them their this that these those there here ' +
    'who whom whose which what where why how all any both each few more most other some such own same ' +
    'is am are was were be been being have has had having do does did doing will would shall should can could ' +
    'may might must ought also only just very too quite rather even still already again ever never not no yes ' +
    'now today yesterday tomorrow recently recent currently earlier later soon week weeks day days month months ' +
    'year years monday tuesday wednesday thursday friday saturday sunday morning evening night time times ' +
    'said say says saying told tell tells stated state states added adds according citing cited report reports reported ' +
    'reportedly claim claims claimed claiming allegedly alleged source sources official officials spokesman spokeswoman ' +
    'spokesperson statement interview news outlet outlets media people familiar matter mr mrs ms dr ' +
    'first second new including specifically particular particularly largely ' +
    'however meanwhile instead well like much many lot lots way ways thing things something anything every ' +
    'up down out off back away s t don doesn didn isn wasn weren won wouldn couldn shouldn'
  ).split(/\s+/u),
);

/** Negators: a proposition containing one states the opposite of one without. */
export const NEGATORS = new Set(['not', 'no', 'never', "n't", 'neither', 'nor', 'nothing', 'none', "didn't", "don't", "doesn't", "isn't", "wasn't", "weren't", "won't", "wouldn't", "hasn't", "haven't", "hadn't", 'cannot', "can't"]);
