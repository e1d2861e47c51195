import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPostgres } from '../jobs/process-harness.ts';
import { type Database, MAX_NAMED_STATEMENTS, openPostgres, statementName } from './database.ts';
import { unavailability } from './sql-state.ts';

// Statements run as named prepared statements on PostgreSQL (PGlite, one embedded session, runs them as
// before). Their names are process-wide, so a single connection (max: 1) shows what each one keeps.
const adminUrl = process.env.DATABASE_URL;

describe.skipIf(!adminUrl)('named prepared statements on PostgreSQL', () => {
  let database: Awaited<ReturnType<typeof freshPostgres>>;
  let prepared: Database;
  let unprepared: Database;

  beforeAll(async () => {
    database = await freshPostgres(adminUrl ?? '');
    prepared = openPostgres(database.url, { max: 1 });
    unprepared = openPostgres(database.url, { max: 1, preparedStatements: false });
    await sql`create table probe (id int primary key)`.execute(prepared.db);
    await sql`insert into probe values (1), (2)`.execute(prepared.db);
  });
  afterAll(async () => {
    await prepared?.close();
    await unprepared?.close();
    await database?.drop();
  });

  const preparedTexts = async (d: Database) =>
    (await sql<{ statement: string }>`select statement from pg_prepared_statements`.execute(d.db)).rows.map(
      (r) => r.statement,
    );

  it('prepares each statement once on its connection, and not when turned off', async () => {
    for (let i = 0; i < 3; i++) {
      expect((await sql`select id from probe where id > ${0}`.execute(prepared.db)).rows).toHaveLength(2);
      await sql`select id from probe where id > ${0}`.execute(unprepared.db);
    }
    const texts = await preparedTexts(prepared);
    expect(texts.filter((t) => t === 'select id from probe where id > $1')).toHaveLength(1);
    expect(await preparedTexts(unprepared)).toEqual([]);
  });

  it('runs a statement again after a migration changed its columns under it', async () => {
    const read = () => sql<Record<string, unknown>>`select * from probe order by id`.execute(prepared.db);
    expect((await read()).rows[0]).toEqual({ id: 1 });
    // Another process migrates: the prepared `select *` would now return another row type.
    await sql`alter table probe add column note text default 'n'`.execute(unprepared.db);
    expect((await read()).rows[0]).toEqual({ id: 1, note: 'n' });
    expect((await read()).rows[1]).toEqual({ id: 2, note: 'n' });
  });

  it('inside a transaction, answers the stale plan (a 503) rather than the aborted transaction', async () => {
    const read = (db: Database['db']) => sql`select * from probe order by id`.execute(db);
    await read(prepared.db);
    await sql`alter table probe add column extra int`.execute(unprepared.db);
    const failure = await prepared.db
      .transaction()
      .execute(async (trx) => {
        await sql`select 1`.execute(trx);
        await read(trx);
      })
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(failure).toMatchObject({ code: '0A000' });
    // on-error.ts answers it 503 with Retry-After: the client's retry runs on the renamed statement.
    expect(unavailability(failure)).toBe('busy');
    // The connection and the renamed statement serve the next request.
    expect((await read(prepared.db)).rows[0]).toMatchObject({ id: 1, extra: null });
  });
});

// Last: it fills the process's names up to the cap.
describe('statement names', () => {
  it('gives one text one name, and none past the cap', () => {
    const first = statementName('select 1 as cap_probe');
    expect(first).toMatch(/^unknot_\d+_\d+$/);
    expect(statementName('select 1 as cap_probe')).toBe(first);
    expect(statementName('select 2 as cap_probe')).not.toBe(first);
    for (let i = 0; i < MAX_NAMED_STATEMENTS; i++) statementName(`select ${i} as filler`);
    expect(statementName('select 3 as cap_probe')).toBeUndefined();
    expect(statementName('select 1 as cap_probe')).toBe(first);
  });
});
