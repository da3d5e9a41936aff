import { describe, expect, it } from 'vitest';
import type { AttributionView, ClaimView } from '../../src/shared/claimView';
import { claimTimeline } from '../../src/shared/timeline';

const said = (actor: string, date: string | null, stance: AttributionView['stance'] = 'asserts'): AttributionView => ({
  actor, role: null, stance, quote: `${actor} said`, quoteKind: 'reported', document: { id: `${actor}-doc`, title: null, outlet: null, date, url: null, opening: '' },
});

describe('claimTimeline', () => {
  it('orders by document date, keeps reading order within a date, and puts undated statements last', () => {
    const claim: ClaimView = { id: 'c', text: 't', asserted: [said('A', '2022-03-15'), said('B', null), said('C', '2021-12-01'), said('D', '2022-03-15')], deniedOrDisputed: [said('E', '2022-01-10', 'denies'), said('F', null, 'disputes')] };
    expect(claimTimeline(claim).map((e) => `${e.attribution.actor}:${e.date ?? 'undated'}`)).toEqual(['C:2021-12-01', 'E:2022-01-10', 'A:2022-03-15', 'D:2022-03-15', 'B:undated', 'F:undated']);
  });
});
