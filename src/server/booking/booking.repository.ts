import { type Kysely, sql, type Transaction } from 'kysely';
import type { BookedRange } from '../../domain/booking/schedule.ts';
import type { BookingSide, BookingStatus, NewBooking, TherapistPrice } from '../db/booking-tables.ts';
import type { DB } from '../db/schema.ts';
import { hasSqlState } from '../db/sql-state.ts';
import { BookingError, EXCLUSION_VIOLATION } from './booking.errors.ts';

/** The whole schema: booking reads users (names, e-mail) and checkins (safety gate) besides its own tables. */
export type BookingDb = DB;

/** A booking with both parties' names, as the service hands it on. */
export interface BookingView {
  id: string;
  clientId: string;
  therapistId: string;
  clientName: string;
  therapistName: string;
  timeZone: string;
  start: Date;
  end: Date;
  minutes: number;
  bufferMinutes: number;
  status: BookingStatus;
  address: string;
  postcode: string;
  notes: string | null;
  phone: string | null;
  intake: unknown;
  cancelledAt: Date | null;
  cancelledBy: BookingSide | null;
  cancelReason: string | null;
  cancelLate: boolean | null;
  createdAt: Date;
  /** The therapist's terms, for what a late cancellation costs. */
  prices: TherapistPrice[];
  lateCancelPercent: number;
  cancelFreeHours: number;
}

const MIN_MS = 60_000;

/** A new booking's values as {@link BookingRepository.insertLocked} writes them (instants as ISO strings). */
export interface NewBookingRow {
  id: string;
  client_id: string;
  therapist_id: string;
  start_at: string;
  end_at: string;
  minutes: number;
  buffer_minutes: number;
  address: string;
  postcode: string;
  notes: string | null;
  phone: string | null;
  /** JSON text. */
  intake: string;
  created_at: string;
}

/** One e-mail for the outbox. */
export interface OutboxRow {
  user_id: string;
  kind: 'confirmed' | 'changed' | 'cancelled';
  subject: string;
  body: string;
  ics: string;
  next_attempt_at: string;
}

/** The filter of GET /bookings: the caller's side, an optional status and time range. */
export interface ListRange {
  from?: string;
  to?: string;
  status?: BookingStatus;
}

const LIST_LIMIT = 500;

function listFilter(userId: string, role: BookingSide, range: ListRange) {
  const parts = [sql`${sql.ref(role === 'client' ? 'b.client_id' : 'b.therapist_id')} = ${userId}`];
  if (range.status) parts.push(sql`b.status = ${range.status}`);
  if (range.from) parts.push(sql`b.end_at > ${new Date(range.from)}`);
  if (range.to) parts.push(sql`b.start_at < ${new Date(range.to)}`);
  return sql<boolean>`${sql.join(parts, sql` and `)}`;
}

/** SQL for bookings. The exclusion constraint turns a race into {@link BookingError} 409 `slot_taken`. */
export class BookingRepository {
  constructor(private readonly db: Kysely<BookingDb>) {}

  private views(db: Kysely<BookingDb> | Transaction<BookingDb>) {
    return db
      .selectFrom('bookings as b')
      .innerJoin('therapists as t', 't.user_id', 'b.therapist_id')
      .innerJoin('users as c', 'c.id', 'b.client_id')
      .select([
        'b.id as id',
        'b.client_id as clientId',
        'b.therapist_id as therapistId',
        'c.name as clientName',
        't.display_name as therapistName',
        't.time_zone as timeZone',
        'b.start_at as start',
        'b.end_at as end',
        'b.minutes as minutes',
        'b.buffer_minutes as bufferMinutes',
        'b.status as status',
        'b.address as address',
        'b.postcode as postcode',
        'b.notes as notes',
        'b.phone as phone',
        't.prices as prices',
        't.late_cancel_percent as lateCancelPercent',
        't.cancel_free_hours as cancelFreeHours',
        'b.intake as intake',
        'b.cancelled_at as cancelledAt',
        'b.cancelled_by as cancelledBy',
        'b.cancel_reason as cancelReason',
        'b.cancel_late as cancelLate',
        'b.created_at as createdAt',
      ]);
  }

  /**
   * Confirmed bookings of a therapist that could touch [fromMs, toMs), each with its own buffer. The margin
   * covers the longest session plus buffer, so no booking that blocks a slot in the window is missed.
   */
  async activeRanges(
    therapistId: string,
    fromMs: number,
    toMs: number,
    db: Kysely<BookingDb> = this.db,
  ): Promise<BookedRange[]> {
    const margin = 24 * 60 * MIN_MS;
    const rows = await db
      .selectFrom('bookings')
      .select(['start_at', 'end_at', 'buffer_minutes'])
      .where('therapist_id', '=', therapistId)
      .where('status', '=', 'confirmed')
      .where('end_at', '>', new Date(fromMs - margin))
      .where('start_at', '<', new Date(toMs + margin))
      .orderBy('start_at')
      .execute();
    return rows.map((r) => ({
      start: r.start_at.toISOString(),
      end: r.end_at.toISOString(),
      bufferMinutes: r.buffer_minutes,
    }));
  }

  /**
   * The write of a new booking in ONE statement (each round trip to PostgreSQL cost more than the
   * statement in the CPU profile): lock the therapist row (FOR NO KEY UPDATE, held to COMMIT, so one
   * therapist's writers insert one after another and never deadlock inside the exclusion constraint's check),
   * insert the booking, and its messages into the inbox (and the e-mail outbox). False when there is no such
   * therapist. A clash with another booking (buffer included) is a 409: the constraint is the final guard.
   */
  async insertLocked(
    trx: Transaction<BookingDb>,
    b: NewBookingRow,
    inbox: readonly { user_id: string; subject: string; body: string }[],
    outbox: readonly OutboxRow[],
  ): Promise<boolean> {
    const outboxCte =
      outbox.length === 0
        ? sql``
        : sql`, mailed as (
            insert into booking_outbox (booking_id, user_id, kind, subject, body, ics, next_attempt_at)
            select booked.id, m.user_id, m.kind, m.subject, m.body, m.ics, m.next_attempt_at
            from booked, jsonb_to_recordset(${JSON.stringify(outbox)}::jsonb)
              as m(user_id uuid, kind text, subject text, body text, ics text, next_attempt_at timestamptz)
          )`;
    try {
      const result = await sql<{ n: number }>`
        with locked as (
          select user_id from therapists where user_id = ${b.therapist_id} for no key update
        ), booked as (
          insert into bookings (id, client_id, therapist_id, start_at, end_at, minutes, buffer_minutes, status,
            address, postcode, notes, phone, intake, created_at)
          select ${b.id}::uuid, ${b.client_id}::uuid, locked.user_id, ${b.start_at}::timestamptz,
            ${b.end_at}::timestamptz, ${b.minutes}::int, ${b.buffer_minutes}::int, 'confirmed', ${b.address},
            ${b.postcode}, ${b.notes}, ${b.phone}, ${b.intake}::jsonb, ${b.created_at}::timestamptz
          from locked
          returning id
        ), told as (
          insert into inbox_messages (user_id, booking_id, subject, body)
          select m.user_id, booked.id, m.subject, m.body
          from booked, jsonb_to_recordset(${JSON.stringify(inbox)}::jsonb) as m(user_id uuid, subject text, body text)
        )${outboxCte}
        select count(*)::int as n from booked`.execute(trx);
      return (result.rows[0]?.n ?? 0) > 0;
    } catch (error) {
      if (hasSqlState(error, EXCLUSION_VIOLATION)) {
        throw new BookingError(409, 'slot_taken', 'That time has just been taken. Please pick another slot.');
      }
      throw error;
    }
  }

  /** A user's account name (the client's, for the messages of a new booking). */
  async userName(userId: string, db: Kysely<BookingDb> = this.db): Promise<string> {
    const row = await db.selectFrom('users').select('name').where('id', '=', userId).executeTakeFirst();
    return row?.name ?? '';
  }

  /** Insert a confirmed booking; a clash with another (buffer included) is a 409. */
  async insert(trx: Transaction<BookingDb>, booking: NewBooking): Promise<void> {
    try {
      await trx.insertInto('bookings').values(booking).execute();
    } catch (error) {
      if (hasSqlState(error, EXCLUSION_VIOLATION)) {
        throw new BookingError(409, 'slot_taken', 'That time has just been taken. Please pick another slot.');
      }
      throw error;
    }
  }

  /** A booking the user is a party to (as client or as therapist), or undefined: others' ids look absent. */
  async findForUser(
    id: string,
    userId: string,
    db: Kysely<BookingDb> | Transaction<BookingDb> = this.db,
  ): Promise<BookingView | undefined> {
    return this.views(db)
      .where('b.id', '=', id)
      .where((eb) => eb.or([eb('b.client_id', '=', userId), eb('b.therapist_id', '=', userId)]))
      .executeTakeFirst();
  }

  /**
   * The user's bookings as client or as therapist, soonest first, optionally in a time range: the latest 500
   * by start, so a long history never pushes the visits still ahead out of the list.
   */
  async listForUser(userId: string, role: BookingSide, range: ListRange = {}): Promise<BookingView[]> {
    const latest = await this.views(this.db)
      .where(listFilter(userId, role, range))
      .orderBy('b.start_at', 'desc')
      .limit(LIST_LIMIT)
      .execute();
    return latest.reverse();
  }

  /**
   * The ids {@link listForUser} lists, as a subquery: what other areas add to the list (aftercare) is read
   * in a statement of its own at the same time as the list, from the same filter.
   */
  listIdsQuery(userId: string, role: BookingSide, range: ListRange = {}) {
    return this.db
      .selectFrom('bookings as b')
      .select('b.id')
      .where(listFilter(userId, role, range))
      .orderBy('b.start_at', 'desc')
      .limit(LIST_LIMIT);
  }

  /** Every booking the user is a party to (for the calendar feed and the export). */
  async listAllForUser(userId: string): Promise<BookingView[]> {
    return this.views(this.db)
      .where((eb) => eb.or([eb('b.client_id', '=', userId), eb('b.therapist_id', '=', userId)]))
      .orderBy('b.start_at')
      .execute();
  }

  /** Ids of every booking the user is a party to (erasure). */
  async idsOfUser(trx: Kysely<BookingDb>, userId: string): Promise<string[]> {
    const rows = await trx
      .selectFrom('bookings')
      .select('id')
      .where((eb) => eb.or([eb('client_id', '=', userId), eb('therapist_id', '=', userId)]))
      .execute();
    return rows.map((r) => r.id);
  }

  /** Confirmed visits of the user (on `side`) that have not ended by `now`, soonest first (erasure). */
  async upcomingFor(
    trx: Kysely<BookingDb>,
    userId: string,
    side: BookingSide,
    now: Date,
  ): Promise<BookingView[]> {
    return this.views(trx)
      .where(side === 'client' ? 'b.client_id' : 'b.therapist_id', '=', userId)
      .where('b.status', '=', 'confirmed')
      .where('b.end_at', '>', now)
      .orderBy('b.start_at')
      .execute();
  }

  /**
   * Erasure: other users' stored Idempotency-Key answers about these bookings hold the erased person's name
   * (a client's booking answer names the therapist); they go. A retry with such a key then runs again.
   */
  async forgetOthersAnswers(
    trx: Kysely<BookingDb>,
    bookingIds: readonly string[],
    userId: string,
  ): Promise<void> {
    if (bookingIds.length === 0) return;
    await trx
      .deleteFrom('idempotency_keys')
      .where('user_id', '<>', userId)
      .where(sql<boolean>`response like any (${sql.val(bookingIds.map((id) => `%${id}%`))})`)
      .execute();
  }

  /** Mark cancelled if still confirmed; returns whether a row changed. */
  async cancel(
    trx: Transaction<BookingDb>,
    id: string,
    change: { by: BookingSide; reason: string | null; late: boolean; at: string },
  ): Promise<boolean> {
    const result = await trx
      .updateTable('bookings')
      .set({
        status: 'cancelled',
        cancelled_at: change.at,
        cancelled_by: change.by,
        cancel_reason: change.reason,
        cancel_late: change.late,
      })
      .where('id', '=', id)
      .where('status', '=', 'confirmed')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }
}
