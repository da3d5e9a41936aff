#!/usr/bin/env node
// Runs the TypeScript command line directly through tsx, so `npx claimscope` works right after `npm ci`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
