import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Level } from '../../domain/contract/ids.ts';
import type { DB } from '../db/schema.ts';

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
export function latestCheckin(
  db: Kysely<DB>,
  userId: string,
  window: CheckinWindow,
): Promise<LatestCheckinRow | undefined> {
  return latestCheckinQuery(db, userId, window)
    .executeTakeFirst()
    .then((row) => row && latestCheckinOf(row));
}

/**
 * {@link latestCheckin} as a scalar subquery (the row as one JSON object, or null), so a statement that reads
 * something else can read it beside (the booking's therapist read: one round trip instead of two). Its value
 * goes through {@link latestCheckinOfJson}.
 */
export function latestCheckinJson(
  db: Kysely<DB>,
  userId: string,
  window: CheckinWindow,
): RawBuilder<unknown> {
  return sql`(select row_to_json(g) from ${latestCheckinQuery(db, userId, window).as('g')})`;
}

/** What {@link latestCheckinJson} read, or undefined for no check-in in the window (or anything else). */
export function latestCheckinOfJson(value: unknown): LatestCheckinRow | undefined {
  const row = typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
  if (typeof row !== 'object' || row === null) return undefined;
  return latestCheckinOf(row as CheckinGateColumns);
}

/** What the booking gate reads of a person's latest check-in. */
export interface LatestCheckinRow {
  at: Date;
  createdAt: Date;
  level: Level;
  massageAt: string | null;
  /** The last massage on record (care log or a started visit), at or before the window's end; null if none. */
  recordedMassageAt: Date | null;
  flagIds: string[];
}

/** The window of {@link latestCheckin}: recorded at or after `since`, dated no later than `until`. */
export interface CheckinWindow {
  readonly since: Date;
  readonly until: Date;
}

/** The gate's columns, as the driver returns them (instants as Date) or as JSON (instants as ISO text). */
interface CheckinGateColumns {
  at: Date | string;
  level: Level;
  createdAt: Date | string;
  massageAt: string | null;
  flags: unknown;
  eventMassageAt: Date | string | null;
  visitMassageAt: Date | string | null;
}

function latestCheckinQuery(db: Kysely<DB>, userId: string, { since, until }: CheckinWindow) {
  return db
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
    .limit(1);
}

function latestCheckinOf(row: CheckinGateColumns): LatestCheckinRow {
  return {
    at: new Date(row.at),
    createdAt: new Date(row.createdAt),
    level: row.level,
    massageAt: row.massageAt,
    recordedMassageAt: latestOf(row.eventMassageAt, row.visitMassageAt),
    flagIds: flagIdsOf(row.flags),
  };
}

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
