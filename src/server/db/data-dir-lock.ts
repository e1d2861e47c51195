import { randomBytes } from 'node:crypto';
import {
  closeSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join, resolve } from 'node:path';

/** Thrown when another live process holds the data dir. */
export class DataDirLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(
      `The data directory ${dir} is in use by another Unknot process (pid ${pid}). Stop it or choose another UNKNOT_DATA_DIR.`,
    );
    this.name = 'DataDirLockedError';
  }
}

/** A held lock; `release()` is idempotent. */
export interface DataDirLock {
  path: string;
  release(): void;
}

/** Test seams for {@link lockDataDir}; production passes none. */
export interface LockHooks {
  /** Runs after a stale holder was seen and before it is moved aside: where a racing process would act. */
  beforeTakeover?(stalePid: number | null): void;
  /** How long to wait for a dying holder (default {@link DYING_HOLDER_WAIT_MS}). */
  dyingWaitMs?: number;
}

/**
 * Whether a process with this pid exists (EPERM: it does, as another user's). A zombie (exited, not yet
 * reaped by its parent) answers kill(pid, 0) but holds no files any more: it counts as dead.
 */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const state = procState(pid);
  return state === undefined || !(state.state === 'Z' || state.state === 'X');
}

/** Linux's view of a process (/proc/<pid>/stat and status), or undefined elsewhere or when it is gone. */
function procState(pid: number): { state: string; exiting: boolean } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // After the command name in parentheses: state ppid pgrp session tty_nr tpgid flags …
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const flags = Number(fields[6] ?? 0);
    const PF_EXITING = 0x4;
    let killPending = false;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      // SIGKILL (9) is bit 8 of the pending-signal masks (per thread and shared).
      killPending = pendingKill(status);
    } catch {
      killPending = false;
    }
    return { state: fields[0] ?? '', exiting: (flags & PF_EXITING) !== 0 || killPending };
  } catch {
    return undefined;
  }
}

function pendingKill(status: string): boolean {
  for (const match of status.matchAll(/^(?:SigPnd|ShdPnd):\s*([0-9a-f]+)$/gm)) {
    if ((BigInt(`0x${match[1]}`) & 0x100n) !== 0n) return true;
  }
  return false;
}

/** How long a start waits for a lock holder that is being torn down (SIGKILL sent, exit in progress). */
export const DYING_HOLDER_WAIT_MS = 10_000;

/**
 * Wait (synchronously: this runs once, at start) until `pid` is gone, while it is dying: killed or
 * exiting. A process freeing a large heap after SIGKILL stays visible for a moment, and a restart right
 * after the kill must not refuse because of it. Returns whether it is gone; a healthy holder is not waited for.
 */
function waitForDyingHolder(pid: number, waitMs: number): boolean {
  const deadline = Date.now() + waitMs;
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    if (!isAlive(pid)) return true;
    if (!(procState(pid)?.exiting ?? false) || Date.now() >= deadline) return false;
    Atomics.wait(sleeper, 0, 0, 50);
  }
}

function readPid(path: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function code(err: unknown): string | undefined {
  return (err as NodeJS.ErrnoException).code;
}

/** A unique sibling name for temp and moved-aside files (the same directory, so rename and link work). */
function sibling(path: string, pid: number, tag: string): string {
  return `${path}.${tag}.${pid}.${randomBytes(4).toString('hex')}`;
}

/**
 * Put `path` in place holding `pid`, only if nothing is there: the pid is written to a temp file first and
 * hard-linked into place, so the lock never exists empty or half written (link fails with EEXIST).
 */
function createExclusive(path: string, pid: number): boolean {
  const temp = sibling(path, pid, 'new');
  writeFileSync(temp, `${pid}\n`, { mode: 0o644 });
  try {
    linkSync(temp, path);
    return true;
  } catch (err) {
    if (code(err) === 'EEXIST') return false;
    if (!NO_HARD_LINKS.has(code(err) ?? '')) throw err;
    return createWithOpen(path, pid);
  } finally {
    rmSync(temp, { force: true });
  }
}

/** What link() answers on file systems without hard links (FAT/exFAT drives, some network mounts). */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);

/** The exclusive create where hard links are missing: O_EXCL, then the pid (briefly empty while written). */
function createWithOpen(path: string, pid: number): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o644);
  } catch (err) {
    if (code(err) === 'EEXIST') return false;
    throw err;
  }
  try {
    writeSync(fd, `${pid}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Move a stale lock (holder `stale`, dead) out of the way. The move is an atomic rename to a name of our
 * own, and what we moved is read back: if it is no longer the stale holder's (another process took the
 * lock over between our read and our rename), it is put back with a link (which never overwrites) and
 * that holder is returned. Of two processes taking over one stale lock, the later rename either finds
 * nothing (ENOENT) or finds the winner's lock and restores it, so exactly one of them creates the lock.
 */
function moveAsideStale(path: string, pid: number, stale: number | null): number | null {
  const aside = sibling(path, pid, 'stale');
  try {
    renameSync(path, aside);
  } catch (err) {
    if (code(err) === 'ENOENT') return null; // someone else moved it: retry the create
    throw err;
  }
  const moved = readPid(aside);
  if (moved === null || moved === stale || !isAlive(moved)) {
    rmSync(aside, { force: true });
    return null;
  }
  try {
    linkSync(aside, path);
  } catch (err) {
    if (code(err) !== 'EEXIST') throw err;
  } finally {
    rmSync(aside, { force: true });
  }
  return moved;
}

/**
 * Take the exclusive lock on a PGlite data dir: PGlite is one embedded backend, and two processes
 * writing one directory would corrupt it. The lock is `unknot.lock` holding our pid, created only where
 * none exists; a lock whose pid is dead (a crash, SIGKILL) is taken over, by one process only when
 * several start at once. A holder still being torn down (killed, exiting) is waited for, up to 10 s.
 *
 * @throws DataDirLockedError when a live process holds it.
 */
export function lockDataDir(dataDir: string, pid = process.pid, hooks: LockHooks = {}): DataDirLock {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'unknot.lock');
  for (let attempt = 0; attempt < 10; attempt++) {
    if (createExclusive(path, pid)) {
      let released = false;
      return {
        path,
        release() {
          if (released) return;
          released = true;
          if (readPid(path) === pid) rmSync(path, { force: true });
        },
      };
    }
    const holder = readPid(path);
    if (holder !== null && holder !== pid && isAlive(holder)) {
      if (!waitForDyingHolder(holder, hooks.dyingWaitMs ?? DYING_HOLDER_WAIT_MS)) {
        throw new DataDirLockedError(dir, holder);
      }
    }
    if (holder === null && attempt === 0) {
      // Empty: left by an older version mid-write, or gone just now. Look again shortly.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
      continue;
    }
    hooks.beforeTakeover?.(holder);
    const live = moveAsideStale(path, pid, holder);
    if (live !== null && live !== pid) throw new DataDirLockedError(dir, live);
  }
  throw new Error(`Could not take the lock ${path}.`);
}
