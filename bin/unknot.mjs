#!/usr/bin/env node
// Runs the TypeScript CLI (src/cli/unknot.ts) through tsx's loader, so no build step is needed.
import { register } from 'tsx/esm/api';

register();
const { run } = await import(new URL('../src/cli/unknot.ts', import.meta.url).href);
process.exitCode = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  now: () => new Date(),
});
