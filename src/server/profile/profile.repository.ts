import type { Kysely } from 'kysely';
import type { HealthProfile } from '../../domain/checkin-flow/health-profile.schema.ts';
import type { DB } from '../db/schema.ts';

/** SQL for health_profiles; every query is scoped by user_id. */
export const profileRepository = {
  async find(
    db: Kysely<DB>,
    userId: string,
  ): Promise<{ profile: HealthProfile; updatedAt: Date } | undefined> {
    const row = await db
      .selectFrom('health_profiles')
      .select(['profile', 'updated_at'])
      .where('user_id', '=', userId)
      .executeTakeFirst();
    // jsonb is typed loosely in the schema; it holds exactly what upsert() wrote after validation.
    return row ? { profile: row.profile as unknown as HealthProfile, updatedAt: row.updated_at } : undefined;
  },

  async upsert(db: Kysely<DB>, userId: string, profile: HealthProfile, now: Date): Promise<void> {
    const json = JSON.stringify(profile);
    await db
      .insertInto('health_profiles')
      .values({ user_id: userId, profile: json, updated_at: now })
      .onConflict((oc) => oc.column('user_id').doUpdateSet({ profile: json, updated_at: now }))
      .execute();
  },

  async delete(db: Kysely<DB>, userId: string): Promise<void> {
    await db.deleteFrom('health_profiles').where('user_id', '=', userId).execute();
  },
};
