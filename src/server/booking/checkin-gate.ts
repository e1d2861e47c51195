import { type Kysely, sql } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { LatestCheckin } from './booking-gate.ts';

/**
 * The most recently recorded check-in of a person in a window, read from the care log: the `level` column
 * (kept as a column for exactly this question), the massage time of the check-in and the ids of the flags its
 * triage raised (what the massage-timing rule reads). Used by the booking gate (contract v2).
 *
 * "Latest" is by `created_at` (written from the server's clock), not by the client's `at`, and check-ins
 * dated after `until` are ignored: otherwise a clean check-in dated in the future would hide a real
 * emergency one, whichever was posted first. Ties (same instant) go to the later `at`.
 */
export const latestCheckin: LatestCheckin = async (db: Kysely<DB>, userId, { since, until }) => {
  const row = await db
    .selectFrom('checkins')
    .select([
      'at',
      'level',
      'created_at as createdAt',
      sql<string | null>`check_in->>'massageAt'`.as('massageAt'),
      sql<unknown>`assessment->'triage'->'flags'`.as('flags'),
    ])
    .where('user_id', '=', userId)
    .where('created_at', '>=', since)
    .where('at', '<=', until)
    .orderBy('created_at', 'desc')
    .orderBy('at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  return {
    at: row.at,
    createdAt: row.createdAt,
    level: row.level,
    massageAt: row.massageAt,
    flagIds: flagIdsOf(row.flags),
  };
};

/** The flag ids of a stored triage (`[{ id, … }]`); anything else holds none. */
function flagIdsOf(flags: unknown): string[] {
  if (!Array.isArray(flags)) return [];
  return flags.flatMap((f: unknown) =>
    typeof f === 'object' && f !== null && 'id' in f && typeof f.id === 'string' ? [f.id] : [],
  );
}
