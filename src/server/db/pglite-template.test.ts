import {
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite } from './database.ts';
import { migrations } from './migrations/index.ts';
import { openDatabase } from './open.ts';
import { copyPgliteTemplate, ensurePgliteTemplate, PGLITE_TEMPLATE_NAME } from './pglite-template.ts';

/** The template that a fresh PGlite data dir is unpacked from (PGlite only: skipped on PostgreSQL). */
const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'unknot-template-test-'));
  dirs.push(dir);
  return dir;
}

let template = '';
beforeAll(async () => {
  // The same cache as test/db.ts: built once per machine, PGlite version and set of migrations.
  template = await ensurePgliteTemplate(join(tmpdir(), PGLITE_TEMPLATE_NAME));
});
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function migrationNames(dataDir: string): Promise<string[]> {
  const database = await openPglite(dataDir);
  try {
    const r = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(
      database.db,
    );
    return r.rows.map((row) => row.name);
  } finally {
    await database.close();
  }
}

describe.skipIf(Boolean(process.env.DATABASE_URL))('the PGlite template', () => {
  it('unpacks into a fresh dir as a migrated cluster with files private to the owner', async () => {
    const dir = tempDir();
    expect(copyPgliteTemplate(template, dir)).toBe(true);
    expect(statSync(join(dir, 'PG_VERSION')).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'base')).mode & 0o777).toBe(0o700);
    expect(await migrationNames(dir)).toEqual(Object.keys(migrations).sort());
  });

  it('leaves a dir that already holds a cluster untouched', async () => {
    const dir = tempDir();
    copyPgliteTemplate(template, dir);
    writeFileSync(join(dir, 'postgresql.auto.conf'), '# ours\n');
    expect(copyPgliteTemplate(template, dir)).toBe(false);
    expect(readFileSync(join(dir, 'postgresql.auto.conf'), 'utf8')).toBe('# ours\n');
  });

  it('unpacks again over an unpacking cut short (no PG_VERSION yet), and the cluster opens', async () => {
    const dir = tempDir();
    copyPgliteTemplate(template, dir);
    const control = join(dir, 'global', 'pg_control');
    const size = statSync(control).size;
    unlinkSync(join(dir, 'PG_VERSION'));
    truncateSync(control, 0);
    expect(copyPgliteTemplate(template, dir)).toBe(true);
    expect(statSync(control).size).toBe(size);
    expect(await migrationNames(dir)).toEqual(Object.keys(migrations).sort());
  });

  it('writes nothing without a template, and refuses a damaged one', async () => {
    const dir = tempDir();
    expect(copyPgliteTemplate(join(dir, 'missing.tar'), join(dir, 'data'))).toBe(false);
    const damaged = join(dir, 'damaged.tar');
    writeFileSync(damaged, readFileSync(template).subarray(0, 100_000));
    expect(() => copyPgliteTemplate(damaged, join(dir, 'data'))).toThrow(/damaged/);
    // Checked as a whole first: the files before the damage were not written either.
    expect(existsSync(join(dir, 'data'))).toBe(false);
  });

  it('a server start with a damaged template deletes it and starts from an empty cluster', async () => {
    const dir = tempDir();
    const damaged = join(dir, 'damaged.tar');
    writeFileSync(damaged, readFileSync(template).subarray(0, 100_000));
    const database = await openDatabase({
      dataDir: join(dir, 'data'),
      databaseUrl: undefined,
      pgliteTemplate: damaged,
    });
    try {
      expect(existsSync(damaged)).toBe(false);
      const r = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(
        database.db,
      );
      expect(r.rows.map((row) => row.name)).toEqual(Object.keys(migrations).sort());
    } finally {
      await database.close();
    }
  });
});
