#!/usr/bin/env node
// Runs the TypeScript command line directly through tsx, so `npx claimscope` works right after `npm ci`.
import { register } from 'tsx/esm/api';

// A closed pipe (`npx claimscope claims | head`) ends the output, not the program with a stack trace.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
