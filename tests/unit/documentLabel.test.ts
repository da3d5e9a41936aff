import { describe, expect, it } from 'vitest';
import { documentDetails, documentLabel } from '../../src/shared/claimView';

const doc = (title: string | null, outlet: string | null, date: string | null) => ({ title, outlet, date, opening: 'The council met…' });

describe('how a document is named', () => {
  it('by its title, then outlet and date where known, then its opening words; unknowns said once', () => {
    const cases: [ReturnType<typeof doc>, string, string[]][] = [
      [doc('Port to reopen', 'Harbour Ledger', '2023-04-02'), 'Port to reopen', ['Harbour Ledger', '2023-04-02']],
      [doc('Port to reopen', null, null), 'Port to reopen', ['outlet unknown', 'date unknown']],
      [doc(null, 'BGNES', null), 'BGNES, undated', []],
      [doc(null, 'BGNES', '2024-04-12'), 'BGNES, 2024-04-12', []],
      [doc(null, null, '2022-03-15'), 'Report dated 2022-03-15', ['outlet unknown']],
      [doc(null, null, null), '“The council met…”', ['outlet unknown', 'date unknown']],
    ];
    for (const [d, label, details] of cases) {
      expect(documentLabel(d)).toBe(label);
      expect(documentDetails(d)).toEqual(details);
    }
  });
});
