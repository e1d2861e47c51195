import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { up } from '../db/migrations/20261126T1000_booking.ts';
import type { BookingDb } from './booking.repository.ts';

export async function testDb(): Promise<Kysely<BookingDb>> {
  const pglite = await PGlite.create({ extensions: { btree_gist } });
  const db = new Kysely<BookingDb>({
    dialect: new PostgresDialect({ pool: new pg.Pool(createPgConfig(pglite) as pg.PoolConfig) }),
  });
  await sql`create table users (id uuid primary key, name text not null, email text not null, role text not null)`.execute(
    db,
  );
  await sql`create table checkins (id uuid primary key default gen_random_uuid(), user_id uuid not null, at timestamptz not null, level text not null)`.execute(
    db,
  );
  await up(db);
  return db;
}

/** Insert a user row (the accounts layer's job in the app) and return its id. */
export async function addUser(
  db: Kysely<BookingDb>,
  role: 'client' | 'therapist',
  name: string = role,
): Promise<string> {
  const id = crypto.randomUUID();
  await sql`insert into users (id, name, email, role) values (${id}, ${name}, ${`${id}@example.test`}, ${role})`.execute(
    db,
  );
  return id;
}

/** Record a check-in at a triage level. */
export async function addCheckin(
  db: Kysely<BookingDb>,
  userId: string,
  at: Date,
  level: string,
): Promise<void> {
  await sql`insert into checkins (user_id, at, level) values (${userId}, ${at.toISOString()}, ${level})`.execute(
    db,
  );
}

/** The latest check-in port over the stand-in table. */
export function latestCheckinFrom(db: Kysely<BookingDb>) {
  return async (userId: string, since: Date) => {
    const r = await sql<{ at: Date; level: 'self_care' | 'doctor' | 'urgent' | 'emergency' }>`
      select at, level from checkins where user_id = ${userId} and at >= ${since.toISOString()} order by at desc limit 1`.execute(
      db,
    );
    return r.rows[0];
  };
}
