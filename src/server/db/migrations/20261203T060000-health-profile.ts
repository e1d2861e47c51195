import { type Kysely, sql } from 'kysely';

/**
 * Remembered check-in answers (issue 9): one jsonb document per person, validated by HealthProfileSchema at
 * the edge. ON DELETE CASCADE, so erasing an account (DELETE /api/v1/me) erases it with everything else.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE health_profiles (
      user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
      profile jsonb NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE health_profiles`.execute(db);
}
