import { type Kysely, sql } from 'kysely';

/**
 * Accounts, sessions, the care log and idempotency keys. Every personal row references users(id)
 * ON DELETE CASCADE so erasing an account (DELETE /api/v1/me) erases everything with it.
 * SQL kept to PostgreSQL 15 features (runs on PGlite, PG 18, too).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // The booking area needs it for its no-overlap exclusion constraint.
  await sql`CREATE EXTENSION IF NOT EXISTS btree_gist`.execute(db);

  await sql`
    CREATE TABLE users (
      id uuid PRIMARY KEY,
      email text NOT NULL UNIQUE,
      password_hash text NOT NULL,
      name text NOT NULL,
      role text NOT NULL CHECK (role IN ('client', 'therapist')),
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);

  await sql`
    CREATE TABLE sessions (
      id text PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX sessions_user_idx ON sessions (user_id)`.execute(db);

  await sql`
    CREATE TABLE events (
      id uuid PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      kind text NOT NULL,
      at timestamptz NOT NULL,
      data jsonb NOT NULL DEFAULT '{}'::jsonb,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  // Keyset pagination (newest first) and the time-range filters of the list and the check-in log.
  await sql`CREATE INDEX events_user_at_idx ON events (user_id, at DESC, id DESC)`.execute(db);
  await sql`CREATE INDEX events_user_kind_at_idx ON events (user_id, kind, at DESC)`.execute(db);

  await sql`
    CREATE TABLE checkins (
      id uuid PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      at timestamptz NOT NULL,
      -- The triage level, as a column so other areas (booking) can ask "latest level" cheaply.
      level text NOT NULL,
      check_in jsonb NOT NULL,
      assessment jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX checkins_user_at_idx ON checkins (user_id, at DESC, id DESC)`.execute(db);

  await sql`
    CREATE TABLE idempotency_keys (
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      key text NOT NULL,
      fingerprint text NOT NULL,
      status integer NOT NULL,
      -- The first answer's exact JSON text (jsonb would reorder its keys).
      response text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT idempotency_keys_pkey PRIMARY KEY (user_id, key)
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['idempotency_keys', 'checkins', 'events', 'sessions', 'users']) {
    await sql`DROP TABLE IF EXISTS ${sql.table(table)}`.execute(db);
  }
}
