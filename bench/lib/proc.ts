/**
 * Child processes for the benches: free loopback ports, spawning a server and waiting for a 200, finding
 * the process that really listens on a port (start.mjs may spawn the server), and its resident size.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { makeScratch } from '../../e2e/support/scratch.ts';

/** A free TCP port on 127.0.0.1 (the e2e harness's own helper). */
export { freePort } from '../../e2e/support/server.ts';

/** A spawned process with its captured output. */
export interface Spawned {
  child: ChildProcess;
  /** The last 8 KB of stdout and stderr together (read from the log file). */
  output(): string;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once it has exited. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Spawns `command args` with `env` added to this process's environment. Output goes to a temp file, not a
 * pipe: Node writes to a pipe synchronously on Linux, so a pipe this (busy, load-generating) process drains
 * late would throttle the server being measured.
 */
export function spawnCaptured(
  command: string,
  args: readonly string[],
  env: Record<string, string>,
  cwd: string,
): Spawned {
  const dir = makeScratch('unknot-bench-log-');
  const logPath = join(dir, 'output.log');
  const fd = openSync(logPath, 'a');
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  const exited = new Promise<void>((r) => {
    if (child.exitCode !== null || child.signalCode !== null) r();
    child.once('exit', () => r());
  });
  const output = (): string => {
    try {
      return readFileSync(logPath, 'utf8').slice(-8192);
    } catch {
      return '';
    }
  };
  return {
    child,
    output,
    async stop(graceMs = 5000) {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Polls `url` every `everyMs` until it answers 200; resolves with the milliseconds since `sinceNs`
 * (a process.hrtime.bigint() reading). Rejects when the child exits or after `timeoutMs`.
 */
export async function waitFor200(
  url: string,
  child: ChildProcess,
  output: () => string,
  sinceNs: bigint,
  everyMs = 20,
  timeoutMs = 180_000,
): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`server exited (${child.exitCode}) before 200:\n${output()}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.status === 200) return Number(process.hrtime.bigint() - sinceNs) / 1e6;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`no 200 from ${url} within ${timeoutMs} ms:\n${output()}`);
}

/** Socket inodes listening on `port` (IPv4 and IPv6), from /proc/net/tcp{,6}. */
function listeningInodes(port: number): Set<string> {
  const hex = port.toString(16).toUpperCase().padStart(4, '0');
  const inodes = new Set<string>();
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      // cols[1] local address "0100007F:1F90", cols[3] state (0A = LISTEN), cols[9] inode.
      if (cols[3] === '0A' && cols[1]?.endsWith(`:${hex}`) && cols[9]) inodes.add(cols[9]);
    }
  }
  return inodes;
}

/** The pid of the process that listens on `port`, or null (needs /proc; we run as the same user). */
export function pidListeningOn(port: number): number | null {
  const inodes = listeningInodes(port);
  if (inodes.size === 0) return null;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${entry}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const link = readlinkSync(`/proc/${entry}/fd/${fd}`);
        const m = /^socket:\[(\d+)\]$/.exec(link);
        if (m?.[1] && inodes.has(m[1])) return Number(entry);
      } catch {
        // fd closed meanwhile
      }
    }
  }
  return null;
}

/** VmRSS of `pid` in bytes (from /proc/<pid>/status), or NaN when unreadable. */
export function rssBytes(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    return m?.[1] ? Number(m[1]) * 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/**
 * CPU time `pid` has used so far (user + system, from /proc/<pid>/stat, in milliseconds at the kernel's
 * 100 ticks per second), or NaN when unreadable. Differences of two readings give the CPU a run cost the
 * server, which on a shared machine says more than requests per second.
 */
export function cpuMs(pid: number): number {
  const fields = statFields(pid);
  return fields === undefined ? Number.NaN : (Number(fields[11]) + Number(fields[12])) * 10;
}

/**
 * CPU milliseconds (user + system) of a process and of all its children, the living and the ended ones it
 * waited for: a PostgreSQL cluster's whole CPU from its postmaster's pid (a backend's CPU is added to the
 * postmaster's children's time when it exits). NaN when unreadable.
 */
export function treeCpuMs(pid: number): number {
  try {
    let ms = 0;
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const fields = statFields(Number(entry));
      if (fields !== undefined && Number(fields[1]) === pid)
        ms += (Number(fields[11]) + Number(fields[12])) * 10;
    }
    const own = statFields(pid);
    if (own === undefined) return Number.NaN;
    return ms + (Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14])) * 10;
  } catch {
    return Number.NaN;
  }
}

/** The fields of /proc/<pid>/stat after the command name (the state is [0], the parent's pid [1]). */
function statFields(pid: number): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces; the fields after its closing parenthesis are fixed.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

/** Sleeps `ms`. */
export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
