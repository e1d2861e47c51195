import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { TherapistProfile } from '../../domain/booking/booking.schema.ts';
import type { BookedRange, ScheduleException, WeeklyRange } from '../../domain/booking/schedule.ts';
import type { TherapistRow } from '../db/booking-tables.ts';
import { isoSql } from '../db/instants.ts';
import type { DB } from '../db/schema.ts';

/** A therapist with the rules the slot search needs. */
export interface TherapistRecord {
  readonly row: TherapistRow;
  readonly weekly: WeeklyRange[];
  readonly exceptions: ScheduleException[];
}

/** SQL for therapist profiles, weekly hours and exceptions. */
export class TherapistRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Create or replace a profile with its hours and exceptions, in one transaction. */
  async save(userId: string, p: TherapistProfile, now: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const values = {
        display_name: p.displayName,
        bio: p.bio,
        time_zone: p.timeZone,
        postcodes: p.postcodes,
        session_minutes: [...new Set(p.sessionMinutes)].sort((a, b) => a - b),
        buffer_minutes: p.bufferMinutes,
        min_notice_hours: p.minNoticeHours,
        booking_window_days: p.bookingWindowDays,
        cancel_free_hours: p.cancelFreeHours,
        prices: JSON.stringify([...p.prices].sort((a, b) => a.minutes - b.minutes)),
        qualifications: p.qualifications,
        country: p.country,
        late_cancel_percent: p.lateCancelPercent,
        updated_at: now,
      };
      await trx
        .insertInto('therapists')
        .values({ user_id: userId, ...values })
        .onConflict((oc) => oc.column('user_id').doUpdateSet(values))
        .execute();
      await trx.deleteFrom('therapist_hours').where('therapist_id', '=', userId).execute();
      await trx.deleteFrom('therapist_exceptions').where('therapist_id', '=', userId).execute();
      if (p.weekly.length > 0) {
        await trx
          .insertInto('therapist_hours')
          .values(
            p.weekly.map((w) => ({
              therapist_id: userId,
              weekday: w.weekday,
              start_time: w.start,
              end_time: w.end,
            })),
          )
          .execute();
      }
      if (p.exceptions.length > 0) {
        await trx
          .insertInto('therapist_exceptions')
          .values(
            p.exceptions.map((x) => ({
              therapist_id: userId,
              date: x.date,
              kind: x.kind,
              start_time: x.start ?? null,
              end_time: x.end ?? null,
            })),
          )
          .execute();
      }
    });
  }

  /**
   * One therapist with hours and exceptions, or undefined: one statement (hours and exceptions as JSON
   * arrays), as every booking and slot search reads it.
   */
  async find(userId: string, db: Kysely<DB> = this.db): Promise<TherapistRecord | undefined> {
    return (await this.findWithRanges(userId, db, null))?.record;
  }

  /**
   * {@link find} and, in the same statement, the therapist's confirmed bookings that could touch
   * [fromMs, toMs) (as BookingRepository.activeRanges reads them) and `beside`, any scalar subquery the
   * caller needs too (a booking reads the client's booking gate): a booking needs all of them, and each
   * round trip cost more than its statement in the CPU profile.
   */
  async findWithRanges(
    userId: string,
    db: Kysely<DB>,
    window: { readonly fromMs: number; readonly toMs: number } | null,
    beside: RawBuilder<unknown> = sql`null`,
  ): Promise<{ record: TherapistRecord; ranges: BookedRange[]; beside: unknown } | undefined> {
    // The margin covers the longest session plus buffer, as in BookingRepository.activeRanges.
    const margin = 24 * 3_600_000;
    const ranges =
      window === null
        ? sql<BookedRange[] | null>`null`
        : sql<BookedRange[] | null>`(select json_agg(json_build_object(
            'start', ${isoSql('b.start_at')}, 'end', ${isoSql('b.end_at')},
            'bufferMinutes', b.buffer_minutes) order by b.start_at)
          from bookings b where b.therapist_id = t.user_id and b.status = 'confirmed'
            and b.end_at > ${new Date(window.fromMs - margin)} and b.start_at < ${new Date(window.toMs + margin)})`;
    const found = await db
      .selectFrom('therapists as t')
      .selectAll('t')
      .select([
        sql<
          WeeklyRange[] | null
        >`(select json_agg(json_build_object('weekday', h.weekday, 'start', h.start_time, 'end', h.end_time) order by h.weekday, h.start_time) from therapist_hours h where h.therapist_id = t.user_id)`.as(
          'weekly',
        ),
        sql<
          ScheduleException[] | null
        >`(select json_agg(json_build_object('date', to_char(x.date, 'YYYY-MM-DD'), 'kind', x.kind, 'start', x.start_time, 'end', x.end_time) order by x.date, x.id) from therapist_exceptions x where x.therapist_id = t.user_id)`.as(
          'exceptions',
        ),
        ranges.as('ranges'),
        beside.as('beside'),
      ])
      .where('t.user_id', '=', userId)
      .executeTakeFirst();
    if (found === undefined) return undefined;
    const { weekly, exceptions, ranges: booked, beside: alsoRead, ...row } = found;
    return {
      record: { row, weekly: weekly ?? [], exceptions: exceptions ?? [] },
      ranges: booked ?? [],
      beside: alsoRead,
    };
  }

  /**
   * Lock the therapist row (FOR NO KEY UPDATE) until the caller's transaction ends; false when there is no
   * such therapist. Every booking writer of one therapist takes it before inserting, so they insert one
   * after another and never deadlock inside the exclusion constraint's check. (NO KEY: the bookings' foreign
   * key takes KEY SHARE on this row, which that lock does not block.)
   */
  async lockForBooking(userId: string, db: Kysely<DB>): Promise<boolean> {
    const row = await db
      .selectFrom('therapists')
      .select('user_id')
      .where('user_id', '=', userId)
      .forNoKeyUpdate()
      .executeTakeFirst();
    return row !== undefined;
  }

  /** Every therapist's public card and served postcodes (the postcode rule runs in the domain). */
  async listServed(): Promise<TherapistRow[]> {
    return this.db.selectFrom('therapists').selectAll().orderBy('display_name').execute();
  }

  /** Whether the user has a therapist profile. */
  async exists(userId: string, db: Kysely<DB> = this.db): Promise<boolean> {
    const row = await db
      .selectFrom('therapists')
      .select('user_id')
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return row !== undefined;
  }
}
