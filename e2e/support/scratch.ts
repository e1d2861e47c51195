/**
 * Temp dirs owned by this process for test and bench runs: named `<prefix><pid>-XXXXXX` under the OS temp
 * dir, removed by their user, again at process exit, and, should the process die without either (SIGKILL,
 * an interrupted run), by the next run that makes one of the same prefix, which removes every such dir
 * whose pid is no longer alive.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isAlive } from '../../src/server/db/data-dir-lock.ts';

const live = new Set<string>();
const swept = new Set<string>();
let exitHook = false;

/** Removes `<prefix><pid>-…` entries of the temp dir whose pid is dead; returns how many. */
export function sweepDeadScratch(prefix: string, dir = tmpdir()): number {
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = /^(\d+)-/.exec(name.slice(prefix.length))?.[1];
    if (pid === undefined || Number(pid) === process.pid || isAlive(Number(pid))) continue;
    rmSync(join(dir, name), { recursive: true, force: true });
    removed++;
  }
  return removed;
}

/** A new empty dir `<tmp>/<prefix><pid>-XXXXXX`; the first call per prefix sweeps dead runs' leftovers. */
export function makeScratch(prefix: string): string {
  if (!swept.has(prefix)) {
    swept.add(prefix);
    sweepDeadScratch(prefix);
  }
  if (!exitHook) {
    exitHook = true;
    process.once('exit', () => {
      for (const path of live) rmSync(path, { recursive: true, force: true });
    });
  }
  const path = mkdtempSync(join(tmpdir(), `${prefix}${process.pid}-`));
  live.add(path);
  return path;
}

/** Deletes a dir from {@link makeScratch} (any path is accepted; a missing one is fine). */
export function removeScratch(path: string): void {
  live.delete(path);
  rmSync(path, { recursive: true, force: true });
}
