import type { AttributionStance, IndexedAttribution } from '../index/schema';
import type { ReaderSource } from './readerIndex';

/** Where an attribution sits in a source under review: its claim and its place in that claim's list. */
export interface AttributionRef {
  claimId: string;
  index: number;
}

function mapAttributions(source: ReaderSource, change: (a: IndexedAttribution, ref: AttributionRef) => IndexedAttribution | null): ReaderSource {
  const claims = source.claims
    .map((c) => ({ ...c, attributions: c.attributions.map((a, index) => change(a, { claimId: c.id, index })).filter((a): a is IndexedAttribution => a !== null) }))
    .filter((c) => c.attributions.length > 0);
  return { ...source, claims };
}

/** The attribution with the reader's values, keeping what the extraction said the first time it was changed. */
function corrected(a: IndexedAttribution, actor: string, stance: AttributionStance): IndexedAttribution {
  if (actor === a.actor && stance === a.stance) return a;
  const original = { actor: a.corrected?.actor ?? a.actor, stance: a.corrected?.stance ?? a.stance };
  const note: NonNullable<IndexedAttribution['corrected']> = {};
  if (original.actor !== actor) note.actor = original.actor;
  if (original.stance !== stance) note.stance = original.stance;
  const { corrected: _old, ...rest } = a;
  return Object.keys(note).length > 0 ? { ...rest, actor, stance, corrected: note } : { ...rest, actor, stance };
}

/**
 * The reader's correction of one attribution's actor or stance. The extracted value is
 * kept in `corrected`, so the card and panel can say it is the reader's; setting a value
 * back to what was extracted clears the mark.
 */
export function correctAttribution(source: ReaderSource, ref: AttributionRef, change: { actor?: string; stance?: AttributionStance }): ReaderSource {
  return mapAttributions(source, (a, at) => (at.claimId === ref.claimId && at.index === ref.index ? corrected(a, change.actor?.trim() || a.actor, change.stance ?? a.stance) : a));
}

/** Two names of one person or body made one: every attribution to `from` is given to `into`, as a correction. */
export function mergeActors(source: ReaderSource, from: string, into: string): ReaderSource {
  return mapAttributions(source, (a) => (a.actor === from ? corrected(a, into, a.stance) : a));
}

/** An attribution the reader drops; a claim left with none goes with it. */
export function dropAttribution(source: ReaderSource, ref: AttributionRef): ReaderSource {
  return mapAttributions(source, (a, at) => (at.claimId === ref.claimId && at.index === ref.index ? null : a));
}

/** Every distinct actor of a source, in order of first appearance: what "merge" offers. */
export function actorsOf(source: ReaderSource): string[] {
  return [...new Set(source.claims.flatMap((c) => c.attributions.map((a) => a.actor)))];
}
