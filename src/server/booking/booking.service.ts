import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { BookingRequest, Intake, TherapistProfile } from '../../domain/booking/booking.schema.ts';
import { bookingTimeProblem } from '../../domain/booking/booking-rules.ts';
import { cancellationDecision } from '../../domain/booking/cancellation.ts';
import { servesAnyPostcode } from '../../domain/booking/postcode.ts';
import {
  inSearchCountry,
  type PostcodeCountry,
  searchPostcodeProblem,
  therapistCountry,
} from '../../domain/booking/postcode-format.ts';
import type { Slot } from '../../domain/booking/schedule.ts';
import { computeSlots } from '../../domain/booking/slots.ts';
import { isUuid } from '../../domain/booking/uuid.ts';
import type { PlannedReminder } from '../../domain/reminders/plan.ts';
import { AftercareService } from '../aftercare/aftercare.service.ts';
import type { BookingSide, BookingStatus } from '../db/booking-tables.ts';
import { ConflictError } from '../http/errors.ts';
import type { Clock } from '../http/types.ts';
import { idempotencyRepository, type KeyClaim } from '../idempotency/idempotency.repository.ts';
import { type IdempotentRequest, replay } from '../idempotency/idempotency.service.ts';
import { reminderHooks } from '../reminders/hooks.ts';
import { BookingError } from './booking.errors.ts';
import {
  type BookingDb,
  BookingRepository,
  type BookingView,
  type NewBookingRow,
  type OutboxRow,
} from './booking.repository.ts';
import { BookingGateReader, eligibilityJson } from './booking-gate.ts';

import { bookingJson, bookingPostcodeProblem, therapistCard } from './booking-json.ts';
import { BookingMessagesRepository } from './booking-messages.repository.ts';
import { withTransactionRetry } from './booking-retry.ts';
import { bookingIcs, bookingsFeed, type CalendarBooking, type CalendarViewer } from './calendar.ts';
import { type BookingMessageKind, composeBookingMessages } from './messages/compose.ts';
import { TherapistRepository } from './therapist.repository.ts';

/** The signed-in user as the accounts layer knows them. */
export interface Caller {
  readonly id: string;
  readonly role: 'client' | 'therapist';
  /** The account's name when the session already knows it (saves a read while booking). */
  readonly name?: string;
}

export interface BookingServiceDeps {
  readonly db: Kysely<BookingDb>;
  /** The clock: a parameter so tests can book at any instant. */
  readonly now?: () => Date;
  /** When SMTP is configured, messages also go to the outbox for e-mail delivery. */
  readonly mailEnabled?: boolean;
  /** Called after a commit that wrote outbox rows (wakes the worker). */
  readonly onOutbox?: () => void;
}

/** A new booking checked and composed, ready for its one-statement write. */
interface PreparedBooking {
  readonly row: NewBookingRow;
  readonly inbox: readonly { user_id: string; subject: string; body: string }[];
  readonly outbox: readonly OutboxRow[];
  readonly reminders: readonly PlannedReminder[];
  /** The answer (201), known before the write so the Idempotency-Key claim can store it in the same statement. */
  readonly body: ReturnType<typeof bookingJson>;
}

function calendarBooking(b: BookingView): CalendarBooking {
  return {
    id: b.id,
    start: b.start.toISOString(),
    end: b.end.toISOString(),
    status: b.status === 'cancelled' ? 'cancelled' : 'confirmed',
    address: b.address,
    postcode: b.postcode,
    therapistName: b.therapistName,
    clientName: b.clientName,
    createdAt: b.createdAt.toISOString(),
    cancelledAt: b.cancelledAt?.toISOString() ?? null,
  };
}

/** Keep the free-text history only when the client consented to share it: it is health data. */
function storedIntake(intake: Intake | undefined): Intake | null {
  if (intake === undefined) return null;
  const { history, ...rest } = intake;
  return intake.historyConsent && history ? { ...rest, history } : rest;
}

/** Therapist profiles, slots, bookings, cancellation and calendars. */
export class BookingService {
  readonly therapists: TherapistRepository;
  readonly bookings: BookingRepository;
  readonly messages: BookingMessagesRepository;
  private readonly now: () => Date;
  private readonly gate: BookingGateReader;
  private readonly aftercare: AftercareService;

  constructor(private readonly deps: BookingServiceDeps) {
    this.gate = new BookingGateReader();
    this.therapists = new TherapistRepository(deps.db);
    this.bookings = new BookingRepository(deps.db);
    this.messages = new BookingMessagesRepository(deps.db);
    this.now = deps.now ?? (() => new Date());
    this.aftercare = new AftercareService({ db: deps.db, now: this.now });
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
      ...therapistCard(t.row),
      bufferMinutes: t.row.buffer_minutes,
      minNoticeHours: t.row.min_notice_hours,
      bookingWindowDays: t.row.booking_window_days,
      weekly: t.weekly,
      ...(own ? { exceptions: t.exceptions } : {}),
    };
  }

  /**
   * GET /api/v1/therapists?postcode=&country=: who serves this postcode (all therapists when none is given),
   * only of the searcher's country when they say it.
   */
  async search(postcode: string | undefined, country?: PostcodeCountry) {
    const given = postcode !== undefined && postcode.trim() !== '';
    const problem = given ? searchPostcodeProblem(postcode, country) : null;
    if (problem !== null) {
      throw new BookingError(400, 'invalid_postcode', `The postcode ${problem}.`, {}, [
        { path: 'postcode', message: problem },
      ]);
    }
    const all = await this.therapists.listServed();
    return all
      .filter((t) => !given || servesAnyPostcode(t.postcodes, postcode))
      .filter((t) => inSearchCountry(therapistCountry(t.country, t.time_zone), country))
      .map(therapistCard);
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

  /** GET /api/v1/bookings/eligibility: what the slot picker needs before offering slots. */
  async eligibility(caller: Caller) {
    if (caller.role !== 'client')
      throw new BookingError(403, 'client_only', 'Only client accounts can book a visit.');
    return eligibilityJson(await this.gate.decide(this.deps.db, caller.id, this.now()));
  }

  /**
   * POST /api/v1/bookings with an optional Idempotency-Key. Everything that does not depend on other writers
   * is read first, in one statement and without any lock (see {@link prepare}). Then the booking is written in ONE
   * statement (BookingRepository.insertLocked) that takes the therapist's lock and claims the key, so one
   * therapist's writers queue only for that statement and its commit; the exclusion constraint stays the
   * final guard, and a deadlock or serialization failure reruns the statement a few times, then answers 409
   * `busy`.
   *
   * The key's stored answer is read only when it can matter, which saves a round trip on every first
   * request: when the claim finds the key taken (a retry of a request that committed), and when the booking
   * is refused (a retry usually finds its own slot taken, or a gate that has changed since): a stored answer
   * under the same key is then replayed instead of the refusal, as if it had been read first.
   */
  async bookIdempotent(caller: Caller, req: BookingRequest, request: IdempotentRequest, clock: Clock) {
    if (caller.role !== 'client')
      throw new BookingError(403, 'client_only', 'Only client accounts can book a visit.');
    const { key } = request;
    let written: 'inserted' | 'key_taken';
    let json: string;
    try {
      const prepared = await this.prepare(this.deps.db, caller, req);
      json = JSON.stringify(prepared.body);
      const claim: KeyClaim | undefined =
        key === undefined
          ? undefined
          : {
              user_id: request.userId,
              key,
              fingerprint: request.fingerprint,
              status: 201,
              response: json,
              created_at: clock(),
            };
      written = await withTransactionRetry(() => this.write(this.deps.db, prepared, claim));
    } catch (error) {
      if (!(error instanceof BookingError && key !== undefined)) throw error;
      const first = await idempotencyRepository.find(this.deps.db, request.userId, key);
      if (first === undefined) throw error;
      return replay(first, request.fingerprint);
    }
    if (written === 'inserted') {
      this.afterCommit();
      return { status: 201, json, replayed: false };
    }
    // The key was claimed by a request that committed first: its answer.
    const first =
      key === undefined ? undefined : await idempotencyRepository.find(this.deps.db, request.userId, key);
    // Claimed by a committed request that is gone again: only an erased account loses its keys.
    if (first === undefined) throw new ConflictError('This request changed while it ran. Please try again.');
    return replay(first, request.fingerprint);
  }

  /**
   * Book without an Idempotency-Key, inside a caller's transaction (every read goes through it too), or
   * without one, as one statement of its own.
   */
  async book(caller: Caller, req: BookingRequest, tx?: Transaction<BookingDb>) {
    if (caller.role !== 'client')
      throw new BookingError(403, 'client_only', 'Only client accounts can book a visit.');
    const db = tx ?? this.deps.db;
    const prepared = await this.prepare(db, caller, req);
    await (tx === undefined
      ? withTransactionRetry(() => this.write(db, prepared, undefined))
      : this.write(db, prepared, undefined));
    if (tx === undefined) this.afterCommit();
    return prepared.body;
  }

  /**
   * Everything a new booking needs before its write, read in one statement (the therapist, the booked
   * ranges near the slot and the client's booking gate; the client's name beside it when the session lacks
   * it) and checked in a fixed order: the therapist, the postcode's format, the booking gate, the postcode
   * served, the time rules with a first look at the booked ranges (so a request for a slot already taken
   * fails without queueing for the lock). Then the row, its messages and its
   * reminders, composed before the lock is taken.
   */
  private async prepare(
    db: Kysely<BookingDb>,
    caller: Caller,
    req: BookingRequest,
  ): Promise<PreparedBooking> {
    const now = this.now();
    const startMs = Date.parse(req.start);
    const endMs = startMs + req.minutes * 60_000;
    const [found, clientName] = await Promise.all([
      this.therapists.findWithRanges(
        req.therapistId,
        db,
        { fromMs: startMs, toMs: endMs },
        this.gate.subquery(db, caller.id, now),
      ),
      caller.name ?? this.bookings.userName(caller.id, db),
    ]);
    if (found === undefined) throw new BookingError(404, 'not_found', 'No such therapist.');
    const { record: t, ranges } = found;
    const gate = this.gate.decideFrom(found.beside);
    const postcodeProblem = bookingPostcodeProblem(t.row, req.postcode);
    if (postcodeProblem !== null) {
      throw new BookingError(400, 'invalid_postcode', `The postcode ${postcodeProblem}.`, {}, [
        { path: 'postcode', message: postcodeProblem },
      ]);
    }
    this.gate.assertDecision(gate, startMs);
    if (!servesAnyPostcode(t.row.postcodes, req.postcode)) {
      throw new BookingError(422, 'postcode_not_served', 'This therapist does not visit that postcode.');
    }
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
      bookings: ranges,
      start: req.start,
      minutes: req.minutes,
      now: now.toISOString(),
    });
    if (problem !== null)
      throw new BookingError(problem.code === 'slot_taken' ? 409 : 422, problem.code, problem.message);

    const booking = {
      id: randomUUID(),
      start_at: new Date(startMs),
      end_at: new Date(endMs),
      postcode: req.postcode.trim().toUpperCase(),
      notes: req.notes ?? null,
      phone: req.phone ?? null,
      intake: storedIntake(req.intake),
    };
    const created: BookingView = {
      id: booking.id,
      clientId: caller.id,
      therapistId: t.row.user_id,
      clientName,
      therapistName: t.row.display_name,
      timeZone: t.row.time_zone,
      start: booking.start_at,
      end: booking.end_at,
      minutes: req.minutes,
      bufferMinutes: t.row.buffer_minutes,
      status: 'confirmed',
      address: req.address,
      postcode: booking.postcode,
      notes: booking.notes,
      phone: booking.phone,
      intake: booking.intake,
      cancelledAt: null,
      cancelledBy: null,
      cancelReason: null,
      cancelLate: null,
      createdAt: now,
      prices: t.row.prices,
      lateCancelPercent: t.row.late_cancel_percent,
      cancelFreeHours: t.row.cancel_free_hours,
    };
    const messages = this.compose('confirmed', created);
    return {
      row: {
        id: booking.id,
        client_id: caller.id,
        therapist_id: t.row.user_id,
        start_at: booking.start_at.toISOString(),
        end_at: booking.end_at.toISOString(),
        minutes: req.minutes,
        buffer_minutes: t.row.buffer_minutes,
        address: req.address,
        postcode: booking.postcode,
        notes: booking.notes,
        phone: booking.phone,
        intake: JSON.stringify(booking.intake),
        created_at: now.toISOString(),
      },
      inbox: messages.map((m) => ({ user_id: m.userId, subject: m.subject, body: m.text })),
      outbox: this.deps.mailEnabled
        ? messages.map((m) => ({
            user_id: m.userId,
            kind: 'confirmed' as const,
            subject: m.subject,
            body: m.text,
            ics: m.ics,
            next_attempt_at: now.toISOString(),
          }))
        : [],
      reminders: reminderHooks.newVisitReminders(created, now),
      body: bookingJson(created, caller.id),
    };
  }

  /**
   * The one statement that writes a prepared booking (lock, key claim, booking, messages, visit reminders,
   * all or nothing). No such therapist (deleted since the read) is a 404.
   */
  private async write(
    db: Kysely<BookingDb>,
    p: PreparedBooking,
    claim: KeyClaim | undefined,
  ): Promise<'inserted' | 'key_taken'> {
    const written = await this.bookings.insertLocked(
      db,
      p.row,
      p.inbox,
      p.outbox,
      claim,
      p.reminders.length === 0 ? [] : [reminderHooks.visitScheduleStatement(p.reminders, 'booked')],
    );
    if (written === 'no_therapist') throw new BookingError(404, 'not_found', 'No such therapist.');
    return written;
  }

  /** GET /api/v1/bookings: the caller's own, as client or as therapist by their role. */
  async list(caller: Caller, range: { from?: string; to?: string; status?: BookingStatus }) {
    // Completion, follow-ups (answers only as GET /bookings/:id shows them) and the review, set-based and
    // read beside the list (on PostgreSQL the two statements run at once).
    const [rows, aftercare] = await Promise.all([
      this.bookings.listForUser(caller.id, caller.role, range),
      this.aftercare.viewMany(caller, this.bookings.listIdsQuery(caller.id, caller.role, range)),
    ]);
    // Assigned onto the fresh object rather than spread into another: measurably cheaper over 500 visits.
    return rows.map((b) => Object.assign(bookingJson(b, caller.id), aftercare.get(b.id)));
  }

  /**
   * GET /api/v1/bookings/:id; another user's id is a 404. `messages`: the delivery state of the e-mails to
   * the caller only (the other party's addresses and delivery errors are theirs).
   */
  async get(caller: Caller, id: string) {
    const b = await this.mine(caller, id);
    const [messages, aftercare] = await Promise.all([
      this.messages.deliveries(b.id, caller.id),
      this.aftercare.viewById(caller, b.id),
    ]);
    // The visit note, follow-ups (their answers only for the client, or with the client's consent) and the review.
    return { ...bookingJson(b, caller.id), messages, ...aftercare };
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
    const now = this.now();
    const decision = cancellationDecision({
      start: b.start.toISOString(),
      status: b.status,
      now: now.toISOString(),
      cancelFreeHours: b.cancelFreeHours,
    });
    if (!decision.ok) {
      const message =
        decision.reason === 'already_cancelled'
          ? 'This booking is already cancelled.'
          : 'This visit has already started.';
      throw new BookingError(409, decision.reason, message);
    }
    const by: BookingSide = b.clientId === caller.id ? 'client' : 'therapist';
    const view = await withTransactionRetry(() =>
      this.deps.db.transaction().execute(async (trx) => {
        const changed = await this.bookings.cancel(trx, id, {
          by,
          reason: reason?.trim() || null,
          late: decision.late,
          at: now.toISOString(),
        });
        if (!changed) throw new BookingError(409, 'already_cancelled', 'This booking is already cancelled.');
        const updated = await this.bookings.findForUser(id, caller.id, trx);
        if (updated === undefined) throw new Error('booking vanished inside its transaction');
        await reminderHooks.bookingCancelled(trx, updated.id);
        await this.queueMessages(trx, 'cancelled', updated);
        return updated;
      }),
    );
    this.afterCommit();
    return bookingJson(view, caller.id);
  }

  /** GET /api/v1/inbox: the user's in-app messages, newest first. */
  async inbox(userId: string) {
    return this.messages.inbox(userId);
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
    const messages = this.compose(kind, b);
    await this.messages.queue(
      trx,
      b.id,
      kind,
      messages,
      this.deps.mailEnabled ? { at: this.now() } : undefined,
    );
  }

  /** The two messages (client and therapist) about a booking event. */
  private compose(kind: BookingMessageKind, b: BookingView) {
    return composeBookingMessages(kind, calendarBooking(b), {
      clientId: b.clientId,
      therapistId: b.therapistId,
      timeZone: b.timeZone,
      cancelledBy: b.cancelledBy,
      reason: b.cancelReason,
    });
  }

  private afterCommit(): void {
    if (this.deps.mailEnabled) this.deps.onOutbox?.();
  }
}
