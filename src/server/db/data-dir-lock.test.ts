import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './data-dir-lock.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'unknot-lock-test-'));
  dirs.push(dir);
  return dir;
}

/** The pid of a process that has already exited: what a crash leaves in the lock. */
function deadPid(): number {
  const pid = spawnSync(process.execPath, ['-e', '']).pid;
  if (pid === undefined) throw new Error('no pid');
  return pid;
}

const lockFile = (dir: string) => join(dir, 'unknot.lock');

describe('lockDataDir', () => {
  it('writes our pid, refuses a second holder naming the dir and pid, and release removes only our lock', () => {
    const dir = tempDir();
    const lock = lockDataDir(dir);
    expect(readFileSync(lockFile(dir), 'utf8').trim()).toBe(String(process.pid));
    let error: unknown;
    try {
      lockDataDir(dir, process.ppid);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(DataDirLockedError);
    expect((error as Error).message).toContain(dir);
    expect((error as Error).message).toContain(`pid ${process.pid}`);
    lock.release();
    expect(existsSync(lockFile(dir))).toBe(false);

    // A lock someone else wrote after ours is theirs: release leaves it.
    const again = lockDataDir(dir);
    writeFileSync(lockFile(dir), `${process.ppid}\n`);
    again.release();
    expect(readFileSync(lockFile(dir), 'utf8').trim()).toBe(String(process.ppid));
  });

  it('right after SIGKILL of the holder, waits for it to be torn down instead of refusing', async () => {
    const dir = tempDir();
    // A holder with a heap to free, so its exit takes a moment; it is not reaped until our event loop runs.
    const holder = spawn(
      process.execPath,
      ['-e', 'globalThis.k = Buffer.alloc(200e6, 1); setInterval(() => {}, 1e3); console.log("up")'],
      {
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
    await new Promise<void>((resolve) => holder.stdout?.once('data', () => resolve()));
    writeFileSync(lockFile(dir), `${holder.pid}\n`);
    holder.kill('SIGKILL');
    // Synchronously, before the event loop can reap it: it is dying or a zombie. Before: "in use by pid N".
    const lock = lockDataDir(dir);
    expect(readFileSync(lockFile(dir), 'utf8').trim()).toBe(String(process.pid));
    lock.release();
  });

  it('still refuses at once when the holder is alive and well', () => {
    const dir = tempDir();
    writeFileSync(lockFile(dir), `${process.ppid}\n`);
    expect(() => lockDataDir(dir, process.pid, { dyingWaitMs: 10_000 })).toThrow(DataDirLockedError);
  });

  it('takes over the lock of a dead pid, leaving no temp files beside it', () => {
    const dir = tempDir();
    writeFileSync(lockFile(dir), `${deadPid()}\n`);
    const lock = lockDataDir(dir);
    expect(readFileSync(lockFile(dir), 'utf8').trim()).toBe(String(process.pid));
    expect(readdirSync(dir)).toEqual(['unknot.lock']);
    lock.release();
  });

  it('when another process takes over the stale lock first, the late taker backs off instead of replacing it', () => {
    const dir = tempDir();
    const stale = deadPid();
    writeFileSync(lockFile(dir), `${stale}\n`);
    let first: ReturnType<typeof lockDataDir> | undefined;
    let error: unknown;
    try {
      // Both have read the dead pid; the other one (this process's pid) completes its takeover in between.
      lockDataDir(dir, process.ppid, {
        beforeTakeover(seen) {
          expect(seen).toBe(stale);
          first = lockDataDir(dir, process.pid);
        },
      });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(DataDirLockedError);
    expect((error as DataDirLockedError).pid).toBe(process.pid);
    expect(readFileSync(lockFile(dir), 'utf8').trim()).toBe(String(process.pid));
    expect(readdirSync(dir)).toEqual(['unknot.lock']);
    first?.release();
  });

  it('of several processes starting at once against a stale lock, exactly one takes it', async () => {
    const moduleUrl = pathToFileURL(join(import.meta.dirname, 'data-dir-lock.ts')).href;
    // Each child loads the module, says ready, waits for "go", tries the lock, says the result and then
    // holds it until its stdin closes (a winner that exited at once would make its lock stale again).
    const script = `
      const { lockDataDir } = await import(${JSON.stringify(moduleUrl)});
      const dir = process.argv[1];
      process.stdout.write('ready\\n');
      process.stdin.once('data', () => {
        try { lockDataDir(dir); process.stdout.write('won\\n'); }
        catch (err) { process.stdout.write(err.name === 'DataDirLockedError' ? 'lost\\n' : 'error ' + err.message + '\\n'); }
      });
      process.stdin.on('end', () => process.exit(0));`;
    for (let round = 0; round < 1; round++) {
      const dir = tempDir();
      writeFileSync(lockFile(dir), `${deadPid()}\n`);
      const children: ChildProcess[] = [];
      const results: Promise<string>[] = [];
      const ready: Promise<void>[] = [];
      for (let i = 0; i < 4; i++) {
        const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, dir], {
          cwd: join(import.meta.dirname, '..', '..', '..'),
          stdio: ['pipe', 'pipe', 'inherit'],
        });
        children.push(child);
        let out = '';
        let onReady: () => void = () => undefined;
        ready.push(new Promise((r) => (onReady = r)));
        results.push(
          new Promise((resolve) => {
            child.stdout?.on('data', (chunk: Buffer) => {
              out += chunk.toString();
              if (out.startsWith('ready\n')) onReady();
              const line = out.split('\n')[1];
              if (line) resolve(line);
            });
            child.once('exit', () => resolve(`exited: ${out}`));
          }),
        );
      }
      await Promise.all(ready);
      for (const child of children) child.stdin?.write('go\n');
      const outcome = await Promise.all(results);
      for (const child of children) child.stdin?.end();
      await Promise.all(
        children.map((c) => new Promise((r) => (c.exitCode !== null ? r(0) : c.once('exit', r)))),
      );
      expect(outcome.filter((o) => o === 'won')).toHaveLength(1);
      expect(outcome.filter((o) => o === 'lost')).toHaveLength(3);
    }
  }, 60_000);
});
