import type { AttributionView, ClaimView } from './claimView';

/** One statement on a claim's timeline. */
export interface TimelineEntry {
  attribution: AttributionView;
  /** The document's date, null when the document does not say. */
  date: string | null;
}

/**
 * A claim's attributions ordered by their documents' dates, so a reader sees who said what
 * first and who answered. Undated documents go last; within a date (and among undated
 * ones) the index's order, which is each document's reading order, is kept.
 */
export function claimTimeline(claim: ClaimView): TimelineEntry[] {
  const entries = [...claim.asserted, ...claim.deniedOrDisputed].map((attribution, order) => ({ attribution, date: attribution.document.date, order }));
  entries.sort((a, b) => {
    if (a.date === b.date) return a.order - b.order;
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  });
  return entries.map(({ attribution, date }) => ({ attribution, date }));
}
