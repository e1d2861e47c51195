import { type Kysely, sql } from 'kysely';

/**
 * Shared log-in and sign-up limits, and password-reset tokens. Both live in the database so they hold
 * across every server process on one PostgreSQL and across restarts (a per-process memory counter let
 * N processes allow N times the guesses, and a restart forgot them).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // One row per limited key (SHA-256 of e.g. "login-account:<email>"), counted by one atomic upsert.
  await sql`
    CREATE TABLE auth_limits (
      key text PRIMARY KEY,
      count integer NOT NULL,
      window_start timestamptz NOT NULL,
      blocked_until timestamptz NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX auth_limits_window_idx ON auth_limits (window_start)`.execute(db);

  // Only SHA-256 of the token is stored: a leaked table does not let anyone reset a password.
  await sql`
    CREATE TABLE password_resets (
      id text PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL,
      used_at timestamptz
    )`.execute(db);
  await sql`CREATE INDEX password_resets_user_idx ON password_resets (user_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE password_resets`.execute(db);
  await sql`DROP TABLE auth_limits`.execute(db);
}
