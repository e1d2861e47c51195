import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { LatestCheckin } from './booking.service.ts';

/**
 * The latest check-in of a person since an instant, read from the care log's `checkins.level` column
 * (kept as a column for exactly this question). Used by the safety gate before a booking (issue 5).
 */
export const latestCheckin: LatestCheckin = async (db: Kysely<DB>, userId, since) =>
  db
    .selectFrom('checkins')
    .select(['at', 'level'])
    .where('user_id', '=', userId)
    .where('at', '>=', since)
    .orderBy('at', 'desc')
    .limit(1)
    .executeTakeFirst();
