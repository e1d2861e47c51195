import { type Kysely, sql } from 'kysely';

/**
 * Issue 11: weekly PEG answers and revocable report shares with their access log. Every row references
 * users(id) ON DELETE CASCADE (accesses through their share), so DELETE /api/v1/me erases them too.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE peg_answers (
      id uuid PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      at timestamptz NOT NULL,
      pain smallint NOT NULL CHECK (pain BETWEEN 0 AND 10),
      enjoyment smallint NOT NULL CHECK (enjoyment BETWEEN 0 AND 10),
      activity smallint NOT NULL CHECK (activity BETWEEN 0 AND 10),
      created_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  await sql`CREATE INDEX peg_answers_user_at_idx ON peg_answers (user_id, at DESC)`.execute(db);

  await sql`
    CREATE TABLE shares (
      id uuid PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      -- SHA-256 (hex) of the link's token: a leaked table does not leak working links.
      token_hash text NOT NULL UNIQUE,
      scope text[] NOT NULL,
      -- What the link shows: the clinician report of the last report_days days, calendar days in time_zone.
      report_days integer NOT NULL DEFAULT 30,
      time_zone text NOT NULL DEFAULT 'UTC',
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      revoked_at timestamptz
    )`.execute(db);
  await sql`CREATE INDEX shares_user_idx ON shares (user_id, created_at DESC)`.execute(db);

  await sql`
    CREATE TABLE share_accesses (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      share_id uuid NOT NULL REFERENCES shares(id) ON DELETE CASCADE,
      at timestamptz NOT NULL
    )`.execute(db);
  await sql`CREATE INDEX share_accesses_share_idx ON share_accesses (share_id, at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['share_accesses', 'shares', 'peg_answers']) {
    await sql`DROP TABLE IF EXISTS ${sql.table(table)}`.execute(db);
  }
}
