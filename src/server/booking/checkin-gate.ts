import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { LatestCheckin } from './booking.service.ts';

/**
 * The most recently recorded check-in of a person in a window, read from the care log's `checkins.level`
 * column (kept as a column for exactly this question). Used by the safety gate before a booking (issue 5).
 *
 * "Latest" is by `created_at` (written from the server's clock), not by the client's `at`, and check-ins
 * dated after `until` are ignored: otherwise a clean check-in dated in the future would hide a real
 * emergency one, whichever was posted first. Ties (same instant) go to the later `at`.
 */
export const latestCheckin: LatestCheckin = async (db: Kysely<DB>, userId, { since, until }) =>
  db
    .selectFrom('checkins')
    .select(['at', 'level'])
    .where('user_id', '=', userId)
    .where('created_at', '>=', since)
    .where('at', '<=', until)
    .orderBy('created_at', 'desc')
    .orderBy('at', 'desc')
    .limit(1)
    .executeTakeFirst();
