import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../test/db.ts';
import { migrateToLatest } from './migrate.ts';
import { migrations } from './migrations/index.ts';

/**
 * The quick "already at the latest migration" check must only ever skip a database that has run exactly
 * our migrations: anything else has to reach Kysely's Migrator (which applies or refuses).
 */
const opened: TestDb[] = [];
afterEach(async () => {
  for (const t of opened.splice(0)) await t.close();
});

async function migratedDb(): Promise<TestDb> {
  const t = await createTestDb();
  opened.push(t);
  return t;
}

async function recorded(t: TestDb): Promise<string[]> {
  const r = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(t.db);
  return r.rows.map((row) => row.name);
}

const names = Object.keys(migrations).sort();
const last = names[names.length - 1] ?? '';

describe('migrateToLatest', () => {
  it('leaves a database at the latest migration as it is', async () => {
    const t = await migratedDb();
    expect(await recorded(t)).toEqual(names);
    await migrateToLatest(t.db);
    expect(await recorded(t)).toEqual(names);
  });

  it('runs a migration the database has not recorded (here it fails: its tables already exist)', async () => {
    const t = await migratedDb();
    await sql`DELETE FROM kysely_migration WHERE name = ${last}`.execute(t.db);
    await expect(migrateToLatest(t.db)).rejects.toThrow(`Migration ${last} failed`);
  });

  it('refuses a database that recorded a migration this code does not have', async () => {
    const t = await migratedDb();
    await sql`INSERT INTO kysely_migration (name, timestamp) VALUES ('29991231T000000-from-the-future', '2999-12-31T00:00:00Z')`.execute(
      t.db,
    );
    await expect(migrateToLatest(t.db)).rejects.toThrow();
  });
});
