import { type Kysely, sql } from 'kysely';

/**
 * Issue 13 (aftercare): a visit can be `completed`; the therapist's note (with every earlier text kept for the
 * 24 h correction window), the client's 24 h and 48 h follow-ups, and one review per visit. Every row hangs off
 * its booking with ON DELETE CASCADE, so erasing either party (whose bookings cascade) erases them too.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE bookings DROP CONSTRAINT IF EXISTS bookings_status_check`.execute(db);
  await sql`
    ALTER TABLE bookings
      ADD CONSTRAINT bookings_status_check CHECK (status IN ('confirmed', 'cancelled', 'completed')),
      ADD COLUMN completed_at timestamptz,
      ADD COLUMN share_follow_ups boolean NOT NULL DEFAULT false`.execute(db);
  await sql`
    CREATE TABLE visit_notes (
      booking_id uuid PRIMARY KEY REFERENCES bookings(id) ON DELETE CASCADE,
      note jsonb NOT NULL,
      -- Earlier versions, oldest first: [{ note, savedAt }] (a correction keeps what it replaced).
      revisions jsonb NOT NULL DEFAULT '[]'::jsonb,
      -- The massage event this visit put into the client's care log.
      event_id uuid,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL
    )`.execute(db);
  await sql`
    CREATE TABLE follow_ups (
      id uuid PRIMARY KEY,
      booking_id uuid NOT NULL REFERENCES bookings(id) ON DELETE CASCADE,
      client_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      hours smallint NOT NULL CHECK (hours IN (24, 48)),
      due_at timestamptz NOT NULL,
      answered_at timestamptz,
      answers jsonb,
      assessment jsonb,
      UNIQUE (booking_id, hours)
    )`.execute(db);
  await sql`CREATE INDEX follow_ups_client ON follow_ups (client_id, due_at)`.execute(db);
  await sql`
    CREATE TABLE visit_reviews (
      booking_id uuid PRIMARY KEY REFERENCES bookings(id) ON DELETE CASCADE,
      stars smallint NOT NULL CHECK (stars BETWEEN 1 AND 5),
      text text,
      created_at timestamptz NOT NULL
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE visit_reviews`.execute(db);
  await sql`DROP TABLE follow_ups`.execute(db);
  await sql`DROP TABLE visit_notes`.execute(db);
  await sql`DELETE FROM bookings WHERE status = 'completed'`.execute(db);
  await sql`
    ALTER TABLE bookings
      DROP CONSTRAINT bookings_status_check,
      DROP COLUMN completed_at,
      DROP COLUMN share_follow_ups,
      ADD CONSTRAINT bookings_status_check CHECK (status IN ('confirmed', 'cancelled'))`.execute(db);
}
