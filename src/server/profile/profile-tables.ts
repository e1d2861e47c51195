import type { DefaultTimestamp, Json } from '../db/schema.ts';

/**
 * One row per person: the remembered check-in answers, validated by HealthProfileSchema, so a returning person
 * confirms them with one tap on any phone.
 */
export interface HealthProfilesTable {
  user_id: string;
  profile: Json<Record<string, unknown>>;
  updated_at: DefaultTimestamp;
}

/** The profile area's tables. */
export interface ProfileTables {
  health_profiles: HealthProfilesTable;
}
