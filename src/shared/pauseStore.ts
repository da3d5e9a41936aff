import type { Storage } from '../platform/browser';

/** Whether highlighting is paused everywhere and on which sites; kept in storage.local so it survives restarts. */
export interface PauseState {
  global: boolean;
  sites: string[];
}

/** Storage key of the pause state (the background tells content scripts when it changes). */
const PAUSE_KEY = 'pause';

/** True when a page on `host` must show no highlights. */
export function isPausedFor(state: PauseState, host: string | null): boolean {
  return state.global || (host !== null && state.sites.includes(host));
}

function normalise(value: unknown): PauseState {
  const v = value as Partial<PauseState> | undefined;
  return { global: v?.global === true, sites: Array.isArray(v?.sites) ? v.sites.filter((s): s is string => typeof s === 'string') : [] };
}

/** The pause state behind a small class that takes the storage area, so tests can pass a fake. */
export class PauseStore {
  constructor(private readonly area: Storage.StorageArea) {}

  /** The current state; a missing or malformed entry means nothing is paused. */
  async get(): Promise<PauseState> {
    const got = await this.area.get(PAUSE_KEY);
    return normalise(got[PAUSE_KEY]);
  }

  /** Pauses or resumes everywhere or on one site, returning the new state. */
  async set(scope: 'global' | 'site', host: string | null, paused: boolean): Promise<PauseState> {
    const state = await this.get();
    if (scope === 'global') state.global = paused;
    else if (host) {
      state.sites = state.sites.filter((s) => s !== host);
      if (paused) state.sites.push(host);
    }
    await this.area.set({ [PAUSE_KEY]: state });
    return state;
  }
}
