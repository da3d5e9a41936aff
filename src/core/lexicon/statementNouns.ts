/**
 * Nouns that name what someone said, each with its plural, as a regular-expression
 * alternation: "the reports", "such claims", "a suggestion that …". Every pattern that looks
 * for a statement noun (a pointer, a denied object, a held that-clause, a rejection's head)
 * builds on this one list and adds only what its own form needs.
 */
export const STATEMENT_NOUN = 'reports?|claims?|allegations?|accusations?|suggestions?';

/** STATEMENT_NOUN and the nouns of unattributed talk: "rumours that …", "speculation that …". */
export const HEARSAY_NOUN = `${STATEMENT_NOUN}|rumou?rs?|speculation`;
