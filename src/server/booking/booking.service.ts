import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { BookingRequest, Intake, TherapistProfile } from '../../domain/booking/booking.schema.ts';
import { bookingTimeProblem } from '../../domain/booking/booking-rules.ts';
import { cancellationDecision } from '../../domain/booking/cancellation.ts';
import { servesAnyPostcode } from '../../domain/booking/postcode.ts';
import type { Slot } from '../../domain/booking/schedule.ts';
import { computeSlots, isoZ } from '../../domain/booking/slots.ts';
import { isUuid } from '../../domain/booking/uuid.ts';
import type { Level } from '../../domain/contract/ids.ts';
import { FUTURE_SLACK_MS } from '../care/not-future.ts';
import type { BookingSide } from '../db/booking-tables.ts';
import { reminderHooks } from '../reminders/hooks.ts';
import { BookingError } from './booking.errors.ts';
import { type BookingDb, BookingRepository, type BookingView } from './booking.repository.ts';
import { bookingIcs, bookingsFeed, type CalendarBooking, type CalendarViewer } from './calendar.ts';
import { type BookingMessageKind, composeBookingMessages } from './messages/compose.ts';
import { TherapistRepository } from './therapist.repository.ts';

/** The signed-in user as the accounts layer knows them. */
export interface Caller {
  readonly id: string;
  readonly role: 'client' | 'therapist';
}

/**
 * The most recently recorded check-in of a person in a window, with its triage level (accounts' care log):
 * recorded at or after `since`, and dated (`at`) no later than `until`. Reads through the given executor:
 * inside a transaction on PGlite's single connection, anything else would wait for ever.
 */
export type LatestCheckin = (
  db: Kysely<BookingDb>,
  userId: string,
  window: { readonly since: Date; readonly until: Date },
) => Promise<{ at: Date; level: Level } | undefined>;

export interface BookingServiceDeps {
  readonly db: Kysely<BookingDb>;
  readonly latestCheckin: LatestCheckin;
  /** The clock: a parameter so tests can book at any instant. */
  readonly now?: () => Date;
  /** When SMTP is configured, messages also go to the outbox for e-mail delivery. */
  readonly mailEnabled?: boolean;
  /** Called after a commit that wrote outbox rows (wakes the worker). */
  readonly onOutbox?: () => void;
}

const HOUR_MS = 3_600_000;
/** Issue 5: the check-in that counts for the red-flag gate is one from the last 24 h. */
const CHECKIN_VALID_HOURS = 24;

/** Public JSON of a booking; `intake` only for its two parties (callers are always one of them). */
export function bookingJson(b: BookingView) {
  return {
    id: b.id,
    therapistId: b.therapistId,
    clientId: b.clientId,
    therapistName: b.therapistName,
    clientName: b.clientName,
    timeZone: b.timeZone,
    start: isoZ(b.start.getTime()),
    end: isoZ(b.end.getTime()),
    minutes: b.minutes,
    status: b.status,
    address: b.address,
    postcode: b.postcode,
    notes: b.notes,
    intake: b.intake ?? null,
    cancelledAt: b.cancelledAt ? isoZ(b.cancelledAt.getTime()) : null,
    cancelledBy: b.cancelledBy,
    cancelReason: b.cancelReason,
    cancelLate: b.cancelLate,
    createdAt: isoZ(b.createdAt.getTime()),
  };
}

function calendarBooking(b: BookingView): CalendarBooking {
  return {
    id: b.id,
    start: b.start.toISOString(),
    end: b.end.toISOString(),
    status: b.status,
    address: b.address,
    postcode: b.postcode,
    therapistName: b.therapistName,
    clientName: b.clientName,
    createdAt: b.createdAt.toISOString(),
    cancelledAt: b.cancelledAt?.toISOString() ?? null,
  };
}

/** Keep the free-text history only when the client consented to share it (issue 5, intake). */
function storedIntake(intake: Intake | undefined): Intake | null {
  if (intake === undefined) return null;
  const { history, ...rest } = intake;
  return intake.historyConsent && history ? { ...rest, history } : rest;
}

/** Therapist profiles, slots, bookings, cancellation and calendars (issue 5). */
export class BookingService {
  readonly db: Kysely<BookingDb>;
  readonly therapists: TherapistRepository;
  readonly bookings: BookingRepository;
  private readonly now: () => Date;

  constructor(private readonly deps: BookingServiceDeps) {
    this.db = deps.db;
    this.therapists = new TherapistRepository(deps.db);
    this.bookings = new BookingRepository(deps.db);
    this.now = deps.now ?? (() => new Date());
  }

  /** PUT /api/v1/therapists/me. */
  async saveProfile(caller: Caller, profile: TherapistProfile) {
    if (caller.role !== 'therapist')
      throw new BookingError(403, 'therapist_only', 'Only therapist accounts have a profile.');
    await this.therapists.save(caller.id, profile, this.now().toISOString());
    return this.profile(caller.id, true);
  }

  /** A therapist's profile; hours always, dated exceptions only for the therapist themself. */
  async profile(id: string, own = false) {
    const t = await this.therapists.find(id);
    if (t === undefined) throw new BookingError(404, 'not_found', 'No such therapist.');
    return {
      id: t.row.user_id,
      displayName: t.row.display_name,
      bio: t.row.bio,
      timeZone: t.row.time_zone,
      postcodes: t.row.postcodes,
      sessionMinutes: t.row.session_minutes,
      bufferMinutes: t.row.buffer_minutes,
      minNoticeHours: t.row.min_notice_hours,
      bookingWindowDays: t.row.booking_window_days,
      cancelFreeHours: t.row.cancel_free_hours,
      weekly: t.weekly,
      ...(own ? { exceptions: t.exceptions } : {}),
    };
  }

  /** GET /api/v1/therapists?postcode=: who serves this postcode (all therapists when none is given). */
  async search(postcode: string | undefined) {
    const all = await this.therapists.listServed();
    return all
      .filter(
        (t) => postcode === undefined || postcode.trim() === '' || servesAnyPostcode(t.postcodes, postcode),
      )
      .map((t) => ({
        id: t.user_id,
        displayName: t.display_name,
        bio: t.bio,
        timeZone: t.time_zone,
        postcodes: t.postcodes,
        sessionMinutes: t.session_minutes,
      }));
  }

  /** GET /api/v1/therapists/:id/slots. */
  async slots(
    therapistId: string,
    q: { from: string; to: string; minutes: number; step: number },
  ): Promise<Slot[]> {
    const t = await this.therapists.find(therapistId);
    if (t === undefined) throw new BookingError(404, 'not_found', 'No such therapist.');
    const bookings = await this.bookings.activeRanges(therapistId, Date.parse(q.from), Date.parse(q.to));
    return computeSlots({
      therapist: {
        timeZone: t.row.time_zone,
        weekly: t.weekly,
        exceptions: t.exceptions,
        bufferMinutes: t.row.buffer_minutes,
        minNoticeHours: t.row.min_notice_hours,
        bookingWindowDays: t.row.booking_window_days,
      },
      bookings,
      from: q.from,
      to: q.to,
      minutes: q.minutes,
      step: q.step,
      now: this.now().toISOString(),
    });
  }

  /** Refuse a booking without a recent, safe check-in (issue 5, "Safety before a visit"). */
  /**
   * Issue 5's safety gate, server side: a client whose latest check-in of the last 24 h raised an emergency or
   * urgent red flag is refused (`red_flag`); the web app shows the red-flag card instead of the form. A client
   * with no recent check-in is not refused here: the contract's booking call (201 or 409) carries no check-in,
   * so API clients book as the contract says, while the web app asks for a check-in before its booking form
   * (src/web/booking/safety.ts).
   */
  private async assertSafeToBook(db: Kysely<BookingDb>, clientId: string, now: Date): Promise<void> {
    const latest = await this.deps.latestCheckin(db, clientId, {
      since: new Date(now.getTime() - CHECKIN_VALID_HOURS * HOUR_MS),
      // The care API's own margin for clock drift: a check-in dated later describes nothing yet and must
      // not hide a real red flag.
      until: new Date(now.getTime() + FUTURE_SLACK_MS),
    });
    if (latest?.level === 'emergency' || latest?.level === 'urgent') {
      throw new BookingError(
        422,
        'red_flag',
        'Your latest check-in found warning signs that need medical help first. Please follow the advice on your check-in, not a massage.',
      );
    }
  }

  /**
   * POST /api/v1/bookings → the created booking. Pass `tx` to book inside a caller's transaction (the
   * idempotency service stores its answer in the same one); every read then goes through it too.
   */
  async book(caller: Caller, req: BookingRequest, tx?: Transaction<BookingDb>) {
    if (caller.role !== 'client')
      throw new BookingError(403, 'client_only', 'Only client accounts can book a visit.');
    if (tx === undefined) {
      const created = await this.deps.db.transaction().execute((own) => this.bookIn(own, caller, req));
      this.afterCommit();
      return created;
    }
    return this.bookIn(tx, caller, req);
  }

  /** Call after the transaction given to {@link book} has committed (wakes the e-mail worker). */
  committed(): void {
    this.afterCommit();
  }

  private async bookIn(tx: Transaction<BookingDb>, caller: Caller, req: BookingRequest) {
    const now = this.now();
    const t = await this.therapists.find(req.therapistId, tx);
    if (t === undefined) throw new BookingError(404, 'not_found', 'No such therapist.');
    await this.assertSafeToBook(tx, caller.id, now);
    if (!servesAnyPostcode(t.row.postcodes, req.postcode)) {
      throw new BookingError(422, 'postcode_not_served', 'This therapist does not visit that postcode.');
    }
    const startMs = Date.parse(req.start);
    const endMs = startMs + req.minutes * 60_000;
    const problem = bookingTimeProblem({
      therapist: {
        timeZone: t.row.time_zone,
        weekly: t.weekly,
        exceptions: t.exceptions,
        bufferMinutes: t.row.buffer_minutes,
        minNoticeHours: t.row.min_notice_hours,
        bookingWindowDays: t.row.booking_window_days,
        sessionMinutes: t.row.session_minutes,
      },
      bookings: await this.bookings.activeRanges(t.row.user_id, startMs, endMs, tx),
      start: req.start,
      minutes: req.minutes,
      now: now.toISOString(),
    });
    if (problem !== null)
      throw new BookingError(problem.code === 'slot_taken' ? 409 : 422, problem.code, problem.message);

    const id = randomUUID();
    await this.bookings.insert(tx, {
      id,
      client_id: caller.id,
      therapist_id: t.row.user_id,
      start_at: new Date(startMs).toISOString(),
      end_at: new Date(endMs).toISOString(),
      minutes: req.minutes,
      buffer_minutes: t.row.buffer_minutes,
      status: 'confirmed',
      address: req.address,
      postcode: req.postcode.trim().toUpperCase(),
      notes: req.notes ?? null,
      intake: JSON.stringify(storedIntake(req.intake)),
      created_at: now.toISOString(),
    });
    const created = await this.bookings.findForUser(id, caller.id, tx);
    if (created === undefined) throw new Error('booking vanished inside its transaction');
    await this.queueMessages(tx, 'confirmed', created);
    return bookingJson(created);
  }

  /** GET /api/v1/bookings: the caller's own, as client or as therapist by their role. */
  async list(caller: Caller, range: { from?: string; to?: string }) {
    const rows = await this.bookings.listForUser(caller.id, caller.role, range);
    return rows.map(bookingJson);
  }

  /** GET /api/v1/bookings/:id; another user's id is a 404. */
  async get(caller: Caller, id: string) {
    return bookingJson(await this.mine(caller, id));
  }

  /** GET /api/v1/bookings/:id.ics. */
  async ics(caller: Caller, id: string): Promise<string> {
    const b = await this.mine(caller, id);
    return bookingIcs(calendarBooking(b), b.clientId === caller.id ? 'client' : 'therapist');
  }

  /** The private feed's body for a user. */
  async feed(userId: string, role: CalendarViewer): Promise<string> {
    const all = await this.bookings.listAllForUser(userId);
    return bookingsFeed(all.map(calendarBooking), role);
  }

  /** POST /api/v1/bookings/:id/cancel by either party. */
  async cancel(caller: Caller, id: string, reason: string | undefined) {
    const b = await this.mine(caller, id);
    const t = await this.therapists.find(b.therapistId);
    const now = this.now();
    const decision = cancellationDecision({
      start: b.start.toISOString(),
      status: b.status,
      now: now.toISOString(),
      cancelFreeHours: t?.row.cancel_free_hours ?? null,
    });
    if (!decision.ok) {
      const message =
        decision.reason === 'already_cancelled'
          ? 'This booking is already cancelled.'
          : 'This visit has already started.';
      throw new BookingError(409, decision.reason, message);
    }
    const by: BookingSide = b.clientId === caller.id ? 'client' : 'therapist';
    const view = await this.deps.db.transaction().execute(async (trx) => {
      const changed = await this.bookings.cancel(trx, id, {
        by,
        reason: reason?.trim() || null,
        late: decision.late,
        at: now.toISOString(),
      });
      if (!changed) throw new BookingError(409, 'already_cancelled', 'This booking is already cancelled.');
      const updated = await this.bookings.findForUser(id, caller.id, trx);
      if (updated === undefined) throw new Error('booking vanished inside its transaction');
      await this.queueMessages(trx, 'cancelled', updated);
      return updated;
    });
    this.afterCommit();
    return bookingJson(view);
  }

  /** GET /api/v1/inbox: the user's in-app messages, newest first. */
  async inbox(userId: string) {
    const rows = await this.db
      .selectFrom('inbox_messages')
      .select(['id', 'booking_id', 'subject', 'body', 'created_at', 'read_at'])
      .where('user_id', '=', userId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(200)
      .execute();
    return rows.map((r) => ({
      id: String(r.id),
      bookingId: r.booking_id,
      subject: r.subject,
      body: r.body,
      createdAt: isoZ(r.created_at.getTime()),
      readAt: r.read_at ? isoZ(r.read_at.getTime()) : null,
    }));
  }

  private async mine(caller: Caller, id: string): Promise<BookingView> {
    const b = isUuid(id) ? await this.bookings.findForUser(id, caller.id) : undefined;
    if (b === undefined) throw new BookingError(404, 'not_found', 'No such booking.');
    return b;
  }

  /**
   * Messages to both sides inside the booking's transaction: always into the in-app inbox, and into the
   * e-mail outbox when SMTP is configured. Delivery happens after commit, so mail never blocks a booking.
   */
  private async queueMessages(
    trx: Kysely<BookingDb>,
    kind: BookingMessageKind,
    b: BookingView,
  ): Promise<void> {
    const messages = composeBookingMessages(kind, calendarBooking(b), {
      clientId: b.clientId,
      therapistId: b.therapistId,
      timeZone: b.timeZone,
      cancelledBy: b.cancelledBy,
      reason: b.cancelReason,
    });
    await reminderHooks.bookingWritten(trx, b, this.now(), kind);
    await trx
      .insertInto('inbox_messages')
      .values(
        messages.map((m) => ({ user_id: m.userId, booking_id: b.id, subject: m.subject, body: m.text })),
      )
      .execute();
    if (this.deps.mailEnabled) {
      await trx
        .insertInto('booking_outbox')
        .values(
          messages.map((m) => ({
            booking_id: b.id,
            user_id: m.userId,
            kind,
            subject: m.subject,
            body: m.text,
            ics: m.ics,
            next_attempt_at: this.now().toISOString(),
          })),
        )
        .execute();
    }
  }

  private afterCommit(): void {
    if (this.deps.mailEnabled) this.deps.onOutbox?.();
  }
}
