import { build } from 'esbuild';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ClaimMatcher } from '../core/match/matcher';
import type { extractAttributions } from '../core/extract/extractAttributions';
import type { segmentSentences } from '../core/text/sentences';

/** The parts of the core the benchmark times, as the extension runs them. */
export interface ShippedCore {
  ClaimMatcher: typeof ClaimMatcher;
  extractAttributions: typeof extractAttributions;
  segmentSentences: typeof segmentSentences;
}

/** A script bundled to a file of its own, and the removal of that file. */
export interface BundledScript {
  file: string;
  dispose: () => Promise<void>;
}

/**
 * Bundles and minifies TypeScript as the extension build ships it, to a CommonJS file of its
 * own. The command line runs the sources through tsx, which compiles with esbuild's `keepNames`:
 * every inner function gets a naming call each time it is made, a cost (about a third of a page
 * scan on the 10,000-claim index) that no browser pays. The benchmark times code bundled so.
 */
export async function bundleAsShipped(contents: string, platform: 'neutral' | 'node'): Promise<BundledScript> {
  const out = await build({ stdin: { contents, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, format: 'cjs', minify: true, platform, write: false, logLevel: 'error' });
  const dir = await mkdtemp(join(tmpdir(), 'claimscope-bench-'));
  const file = join(dir, 'bundle.cjs');
  await writeFile(file, out.outputFiles[0]?.text ?? '');
  return { file, dispose: () => rm(dir, { recursive: true, force: true }) };
}

/** The core as the extension ships it (see bundleAsShipped), loaded as a module separate from the tsx-compiled sources. */
export async function shippedCore(): Promise<ShippedCore> {
  const bundle = await bundleAsShipped(
    [
      "export { ClaimMatcher } from './src/core/match/matcher';",
      "export { extractAttributions } from './src/core/extract/extractAttributions';",
      "export { segmentSentences } from './src/core/text/sentences';",
    ].join('\n'),
    'neutral',
  );
  try {
    return createRequire(import.meta.url)(bundle.file) as ShippedCore;
  } finally {
    await bundle.dispose();
  }
}
