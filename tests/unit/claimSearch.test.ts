import { describe, expect, it } from 'vitest';
import { ClaimSearch } from '../../src/popup/claimSearch';
import type { AttributionView, ClaimView } from '../../src/shared/claimView';

const doc = (id: string) => ({ id, title: null, outlet: null, date: null, url: null, opening: id });
const by = (actor: string, role: string | null, stance: AttributionView['stance'], quote: string, d = 'd1'): AttributionView => ({ actor, role, stance, quote, quoteKind: 'own-words', document: doc(d) });
const claims: ClaimView[] = [
  { id: 'ferries', text: 'Ferries to the island will stop in winter.', asserted: [by('Ana Ruiz', 'mayor', 'asserts', 'the ferries stop in winter')], deniedOrDisputed: [by('Kyiv', null, 'denies', 'no such plan exists')] },
  { id: 'bridge', text: 'The bridge toll will double next year.', asserted: [by('Ana Ruiz', 'mayor', 'asserts', 'the toll doubles')], deniedOrDisputed: [] },
  { id: 'ferry-jobs', text: 'Ferry crews will lose their jobs.', asserted: [by('Tomas Weber', 'union leader', 'asserts', 'crews will be laid off')], deniedOrDisputed: [] },
];

describe('ClaimSearch', () => {
  const search = new ClaimSearch(claims);
  const ids = (q: string) => search.search(q).map((c) => c.id);

  it('needs every word of a person-and-topic query, each matched fuzzily on its own', () => {
    expect(ids('Ruiz ferries')).toEqual(['ferries']);
    expect(ids('Ruis feries')).toEqual(['ferries']);
    expect(ids('Weber ferry')).toEqual(['ferry-jobs']);
  });

  it('finds a source by the capital or country it speaks for, and a stance by its word', () => {
    expect(ids('Ukraine denial')).toEqual(['ferries']);
    expect(ids('Ukraine')).toEqual(['ferries']);
  });

  it('falls back to the claims answering most words when none answers all', () => {
    expect(ids('Ruiz zeppelin')[0]).toMatch(/ferries|bridge/u);
  });

  it('lists this page’s claims first, then the others grouped by document', () => {
    const groups = search.grouped('', new Set(['bridge']), (c) => `From ${c.asserted[0]?.document.id}`);
    expect(groups.map((g) => [g.heading, g.claims.map((c) => c.id)])).toEqual([['On this page', ['bridge']], ['From d1', ['ferries', 'ferry-jobs']]]);
  });
});
