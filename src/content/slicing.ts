/** Budget of one task before we give the page back its main thread (well under the 50 ms long-task mark). */
const SLICE_BUDGET_MS = 20;
/** How long background work waits for an idle period before it runs anyway. */
const IDLE_TIMEOUT_MS = 1000;

/**
 * When the current slice of work started, and how the work yields: urgent work (what the reader
 * sees first) takes the next task; background work (the rest of the page) waits for idle periods
 * and ends its slice where the browser's idle deadline does.
 */
export interface SliceClock {
  sliceStart: number;
  background: boolean;
  /** The current idle period, while background work runs in one. */
  deadline?: IdleDeadline;
}

/** Starts timing a new piece of urgent work. */
export function startClock(): SliceClock {
  return { sliceStart: performance.now(), background: false };
}

/** Gives the main thread back to the page once (scheduler.yield where available). */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Waits for an idle period of the page (or at most IDLE_TIMEOUT_MS); setTimeout where there is no requestIdleCallback. */
export function yieldToIdle(): Promise<IdleDeadline | undefined> {
  if (typeof requestIdleCallback !== 'function') return new Promise((resolve) => setTimeout(() => resolve(undefined), 0));
  return new Promise((resolve) => requestIdleCallback(resolve, { timeout: IDLE_TIMEOUT_MS }));
}

/** Yields to the page when the slice has used its budget, so scanning never blocks input. */
export async function yieldIfLate(clock: SliceClock): Promise<void> {
  const used = performance.now() - clock.sliceStart;
  const idleLeft = clock.deadline && !clock.deadline.didTimeout ? clock.deadline.timeRemaining() : Infinity;
  if (used < SLICE_BUDGET_MS && idleLeft > 1) return;
  if (clock.background) clock.deadline = await yieldToIdle();
  else await yieldToMain();
  clock.sliceStart = performance.now();
}
