/** Budget of one task before we give the page back its main thread (well under the 50 ms long-task mark). */
const SLICE_BUDGET_MS = 20;

/** When the current slice of work started. */
export interface SliceClock {
  sliceStart: number;
}

/** Starts timing a new piece of work. */
export function startClock(): SliceClock {
  return { sliceStart: performance.now() };
}

/** Gives the main thread back to the page once (scheduler.yield where available). */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Yields to the page when the slice has used its budget, so scanning never blocks input. */
export async function yieldIfLate(clock: SliceClock): Promise<void> {
  if (performance.now() - clock.sliceStart < SLICE_BUDGET_MS) return;
  await yieldToMain();
  clock.sliceStart = performance.now();
}
