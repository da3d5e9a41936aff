import polyfill from 'webextension-polyfill';

/** The extension API for every context: Firefox's native promise-based `browser`, else the polyfill over Chrome's `chrome`. */
export const browser: typeof polyfill =
  (globalThis as { browser?: typeof polyfill }).browser?.runtime?.id !== undefined
    ? ((globalThis as { browser?: typeof polyfill }).browser as typeof polyfill)
    : polyfill;

/** The browser's own event/message types, re-exported so no other layer imports the polyfill. */
export type { Runtime, Tabs, Storage } from 'webextension-polyfill';
