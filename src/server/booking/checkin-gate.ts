import { type Kysely, sql } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { LatestCheckin } from './booking-gate.ts';

/**
 * The most recently recorded check-in of a person in a window, read from the care log: the `level` column
 * (kept as a column for exactly this question), the last massage and the ids of the flags its triage raised
 * (what the massage-timing rule reads). Used by the booking gate (contract v2).
 *
 * Besides the check-in's own `massageAt` (what the person said), the last massage on record: a `massage` event
 * in their care log (logged by hand, or by the therapist completing a visit) or a visit of theirs that has
 * started and was not cancelled (a visit not yet completed has still happened). Without them, a check-in that
 * leaves `massageAt` out, or one made before the visit, would let a second massage be booked the day after the
 * first (MA-AGAIN).
 *
 * "Latest" is by `created_at` (written from the server's clock), not by the client's `at`, and check-ins
 * dated after `until` are ignored: otherwise a clean check-in dated in the future would hide a real
 * emergency one, whichever was posted first. Ties (same instant) go to the later `at`.
 */
export const latestCheckin: LatestCheckin = async (db: Kysely<DB>, userId, { since, until }) => {
  const row = await db
    .selectFrom('checkins')
    .select((eb) => [
      'at',
      'level',
      'created_at as createdAt',
      sql<string | null>`check_in->>'massageAt'`.as('massageAt'),
      sql<unknown>`assessment->'triage'->'flags'`.as('flags'),
      // The last massage on record, read in the same statement (the booking path counts its round trips).
      eb
        .selectFrom('events')
        .select((e) => e.fn.max('at').as('at'))
        .where('user_id', '=', userId)
        .where('kind', '=', 'massage')
        .where('at', '<=', until)
        .as('eventMassageAt'),
      eb
        .selectFrom('bookings')
        .select((e) => e.fn.max('start_at').as('at'))
        .where('client_id', '=', userId)
        .where('status', '!=', 'cancelled')
        .where('start_at', '<=', until)
        .as('visitMassageAt'),
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
    recordedMassageAt: latestOf(row.eventMassageAt, row.visitMassageAt),
    flagIds: flagIdsOf(row.flags),
  };
};

/** The later of two optional instants (as the driver returns them), or null. */
function latestOf(...times: (Date | string | null | undefined)[]): Date | null {
  const ms = times.flatMap((t) => (t ? [new Date(t).getTime()] : []));
  return ms.length === 0 ? null : new Date(Math.max(...ms));
}

/** The flag ids of a stored triage (`[{ id, … }]`); anything else holds none. */
function flagIdsOf(flags: unknown): string[] {
  if (!Array.isArray(flags)) return [];
  return flags.flatMap((f: unknown) =>
    typeof f === 'object' && f !== null && 'id' in f && typeof f.id === 'string' ? [f.id] : [],
  );
}
