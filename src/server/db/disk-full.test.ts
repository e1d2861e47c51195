import { execFileSync } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeScratch, removeScratch } from '../../../e2e/support/scratch.ts';
import { hasPostgresBinaries, type PgCluster, startPgCluster } from '../../../test/pg-cluster.ts';
import { createApp } from '../app.ts';
import { memoryMailer } from '../auth/account-mail.ts';
import { type OpenedDatabase, openDatabase } from './open.ts';

/** Whether we may mount a small tmpfs (root with CAP_SYS_ADMIN): the disk that fills up. */
function canMount(): boolean {
  if (process.getuid?.() !== 0) return false;
  const probe = makeScratch('unknot-mount-probe-');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    removeScratch(probe);
  }
}

const skip = !hasPostgresBinaries
  ? 'no PostgreSQL 15 binaries'
  : process.env.DATABASE_URL
    ? 'runs in the pass without DATABASE_URL'
    : !canMount()
      ? 'cannot mount a tmpfs here (needs root with CAP_SYS_ADMIN)'
      : '';

/**
 * A full disk answers 503 with a message that says so, and the same process recovers when space is
 * freed. The database's tablespace sits on a small tmpfs (WAL stays on the cluster's own disk, as on a
 * server whose data volume filled), so a write that needs a new page fails with SQLSTATE 53100.
 */
describe.skipIf(skip !== '')(`a full disk${skip && ` (skipped: ${skip})`}`, () => {
  let cluster: PgCluster;
  let database: OpenedDatabase;
  let app: ReturnType<typeof createApp>;
  let mountPoint = '';
  const filler = () => join(mountPoint, 'filler');

  beforeAll(async () => {
    cluster = await startPgCluster();
    mountPoint = makeScratch('unknot-full-disk-');
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=24m', 'tmpfs', mountPoint]);
    mkdirSync(join(mountPoint, 'ts'));
    chmodSync(mountPoint, 0o777);
    execFileSync('chown', ['postgres', join(mountPoint, 'ts')]);
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query(`CREATE TABLESPACE small LOCATION '${join(mountPoint, 'ts')}'`);
    await admin.query('CREATE DATABASE unknot_full TABLESPACE small');
    await admin.end();
    database = await openDatabase({
      databaseUrl: cluster.url.replace(/\/postgres$/, '/unknot_full'),
      dataDir: '/nonexistent',
    });
    app = createApp({
      db: database.db,
      modules: [],
      accountMailer: memoryMailer(),
      config: { webDir: '/nonexistent' },
    });
  });
  afterAll(async () => {
    await database?.close();
    cluster?.destroy();
    if (mountPoint) {
      try {
        execFileSync('umount', [mountPoint]);
      } catch {
        // not mounted
      }
      removeScratch(mountPoint);
    }
  });

  /** Fill what is left of the tmpfs with one file. */
  function fillDisk(): void {
    const fd = openSync(filler(), 'w');
    const chunk = Buffer.alloc(64 * 1024, 7);
    try {
      for (;;) writeSync(fd, chunk);
    } catch {
      // ENOSPC: full
    } finally {
      closeSync(fd);
    }
  }

  it('answers 503 disk_full while the disk is full, and recovers once space is freed', async () => {
    const signUp = await app.request('/api/v1/auth/signup', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: 'full@example.test',
        password: 'sturdy walnut cabinet',
        name: 'F',
        role: 'client',
      }),
    });
    expect(signUp.status).toBe(201);
    const cookie = signUp.headers.get('set-cookie')?.split(';')[0] ?? '';
    // Random text does not compress, so each note takes its own room and the table must grow.
    const note = (i: number) =>
      JSON.stringify({
        kind: 'note',
        at: new Date(Date.now() - i * 1000).toISOString(),
        text: Array.from({ length: 180 }, () => Math.random().toString(36).slice(2, 12))
          .join(' ')
          .slice(0, 1900),
      });
    const write = (i: number) =>
      app.request('/api/v1/events', {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: note(i),
      });

    fillDisk();
    let refused: Response | undefined;
    for (let i = 0; i < 400 && !refused; i++) {
      const res = await write(i);
      if (res.status !== 201) refused = res;
    }
    // Before: a 500 "Something went wrong".
    expect(refused?.status).toBe(503);
    expect(Number(refused?.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await refused?.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('disk_full');
    expect(body.error.message).toMatch(/disk space/);

    rmSync(filler());
    expect((await write(1000)).status).toBe(201);
    expect((await app.request('/readyz')).status).toBe(200);
  });
});
