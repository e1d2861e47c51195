import { randomUUID } from 'node:crypto';
import type { Expression, Kysely } from 'kysely';
import type { FollowUpAnswer, VisitNote } from '../../domain/aftercare/aftercare.schema.ts';
import {
  AFTERCARE_GUIDE,
  CORRECTION_HOURS,
  followUpCheckIn,
  followUpDueTimes,
  followUpStatus,
  worseAfterVisit,
} from '../../domain/aftercare/follow-up.ts';
import { assess } from '../../domain/assess.ts';
import { isUuid } from '../../domain/booking/uuid.ts';
import type { CheckIn } from '../../domain/contract/checkin.schema.ts';
import type { Area } from '../../domain/contract/ids.ts';
import { BookingError } from '../booking/booking.errors.ts';
import { careLogFromEvents } from '../care/care-log.ts';
import type { DB } from '../db/schema.ts';
import type { Clock } from '../http/types.ts';
import { cancelFromSource, scheduleFollowUp } from '../reminders/scheduler.ts';
import {
  type FollowUpBrief,
  type FollowUpRow,
  aftercareRepository as repo,
  type VisitRow,
} from './aftercare.repository.ts';
import { clientKey } from './client-key.ts';

const HOUR_MS = 3_600_000;

interface Caller {
  readonly id: string;
  readonly role: 'client' | 'therapist';
}

/** One follow-up as either side sees it in a list. */
export interface FollowUpJson {
  id: string;
  hours: number;
  dueAt: string;
  status: 'done' | 'due' | 'scheduled';
  answeredAt?: string;
  answers?: unknown;
}

/** The aftercare fields of one booking in GET /bookings. */
export interface ListedAftercare {
  /** For the therapist: the key of their practice view of this client (never the account id). */
  clientKey?: string;
  shareFollowUps: boolean;
  completedAt: string | null;
  /** The client's pain at their last check-in before the visit, where the answers are visible. */
  painBefore: number | null;
  followUps: FollowUpJson[];
  review: { stars: number; text: string | null; createdAt: string } | null;
}

/**
 * A follow-up with its answers only when `showAnswers` (the client, or the therapist with consent): the one
 * place the list and the detail apply that rule.
 */
export function followUpJson(f: FollowUpBrief, showAnswers: boolean, nowMs: number): FollowUpJson {
  return {
    id: f.id,
    hours: f.hours,
    dueAt: f.dueAt,
    status: followUpStatus(Date.parse(f.dueAt), f.answeredAt !== null, nowMs),
    ...(showAnswers && f.answeredAt !== null ? { answeredAt: f.answeredAt, answers: f.answers } : {}),
  };
}

/** A stored follow-up in the list's shape (instants as ISO strings). */
const brief = (f: FollowUpRow): FollowUpBrief => ({
  id: f.id,
  hours: f.hours,
  dueAt: f.due_at.toISOString(),
  answeredAt: f.answered_at ? f.answered_at.toISOString() : null,
  answers: f.answers,
});

const notFound = () => new BookingError(404, 'not_found', 'No such booking.');

/** The care-log area of a note: the first back area worked (the care log knows neck to lower back only). */
function careArea(note: VisitNote): Area | undefined {
  const backAreas: readonly string[] = ['lower', 'middle', 'upper', 'neck'];
  return note.areas.find((a): a is Area => backAreas.includes(a));
}

/** Visit notes, follow-ups, consent and reviews (contract v2 "Aftercare"). */
export class AftercareService {
  constructor(private readonly deps: { db: Kysely<DB>; now: Clock }) {}

  private async visit(caller: Caller, id: string): Promise<VisitRow> {
    const v = isUuid(id) ? await repo.visitFor(this.deps.db, id, caller.id) : undefined;
    if (v === undefined) throw notFound();
    return v;
  }

  /**
   * POST /bookings/:id/complete: the booking's therapist, from the visit's start on. The first call completes
   * the visit, logs a `massage` event at its start in the client's care log and plans the 24 h and 48 h
   * follow-ups; a later call within 24 h corrects the note and keeps the earlier one.
   */
  async complete(caller: Caller, id: string, note: VisitNote) {
    const v = await this.visit(caller, id);
    if (v.therapist_id !== caller.id)
      throw new BookingError(403, 'therapist_only', 'Only the visit’s therapist can complete it.');
    const now = this.deps.now();
    if (v.status === 'cancelled')
      throw new BookingError(409, 'already_cancelled', 'This visit was cancelled.');
    if (now.getTime() < v.start_at.getTime())
      throw new BookingError(409, 'not_started', 'A visit can be completed once it has started.');
    await this.deps.db.transaction().execute(async (trx) => {
      const existing = await trx
        .selectFrom('visit_notes')
        .select(['note', 'revisions', 'updated_at', 'created_at'])
        .where('booking_id', '=', v.id)
        .forUpdate()
        .executeTakeFirst();
      if (existing !== undefined) {
        if (now.getTime() - existing.created_at.getTime() > CORRECTION_HOURS * HOUR_MS)
          throw new BookingError(409, 'note_locked', 'A visit note can be corrected for 24 hours only.');
        const revisions = Array.isArray(existing.revisions) ? existing.revisions : [];
        await trx
          .updateTable('visit_notes')
          .set({
            note: JSON.stringify(note),
            revisions: JSON.stringify([
              ...revisions,
              { note: existing.note, savedAt: existing.updated_at.toISOString() },
            ]),
            updated_at: now,
          })
          .where('booking_id', '=', v.id)
          .execute();
        return;
      }
      const eventId = randomUUID();
      const area = careArea(note);
      await trx
        .insertInto('events')
        .values({
          id: eventId,
          user_id: v.client_id,
          kind: 'massage',
          at: v.start_at,
          data: JSON.stringify({ minutes: v.minutes, ...(area ? { area } : {}), bookingId: v.id }),
          created_at: now,
          updated_at: now,
        })
        .execute();
      await trx
        .insertInto('visit_notes')
        .values({
          booking_id: v.id,
          note: JSON.stringify(note),
          event_id: eventId,
          created_at: now,
          updated_at: now,
        })
        .execute();
      await trx
        .updateTable('bookings')
        .set({ status: 'completed', completed_at: now })
        .where('id', '=', v.id)
        .execute();
      for (const f of followUpDueTimes(v.end_at.getTime())) {
        const fid = randomUUID();
        await trx
          .insertInto('follow_ups')
          .values({
            id: fid,
            booking_id: v.id,
            client_id: v.client_id,
            hours: f.hours,
            due_at: new Date(f.dueMs),
          })
          .execute();
        await scheduleFollowUp(trx, v.client_id, fid, new Date(f.dueMs), {
          title: `How is your back ${f.hours} hours after the massage?`,
          body: 'Three quick questions: pain now, soreness and anything new.',
          url: `/aftercare/${v.id}`,
          action: 'Answer',
        });
      }
    });
    return this.view(caller, (await repo.visitFor(this.deps.db, v.id, caller.id)) ?? v);
  }

  /**
   * What GET /bookings/:id adds: the note, the follow-ups and the review. The client sees everything (answers
   * and their assessments included); the therapist sees the answers only with the client's consent, otherwise
   * only whether each was done (a red flag is never sent to the therapist without consent).
   */
  async view(caller: { id: string }, v: VisitRow) {
    const db = this.deps.db;
    const [note, followUps, review] = await Promise.all([
      repo.note(db, v.id),
      repo.followUps(db, v.id),
      repo.review(db, v.id),
    ]);
    const asClient = v.client_id === caller.id;
    const nowMs = this.deps.now().getTime();
    const showAnswers = asClient || v.share_follow_ups;
    return {
      shareFollowUps: v.share_follow_ups,
      completedAt: v.completed_at ? v.completed_at.toISOString() : null,
      visitNote: note
        ? {
            ...(note.note as VisitNote),
            savedAt: note.updated_at.toISOString(),
            correctableUntil: new Date(note.created_at.getTime() + CORRECTION_HOURS * HOUR_MS).toISOString(),
            revisions: note.revisions,
          }
        : null,
      followUps: followUps.map((f) => ({
        ...followUpJson(brief(f), showAnswers, nowMs),
        ...(asClient && f.answered_at ? { assessment: f.assessment } : {}),
      })),
      review: review
        ? { stars: review.stars, text: review.text, createdAt: review.created_at.toISOString() }
        : null,
      ...(asClient && note ? { aftercare: AFTERCARE_GUIDE } : {}),
    };
  }

  /**
   * What GET /bookings adds to each listed booking, for many at once: one statement whatever the number of
   * bookings, so a therapist's agenda with hundreds of past visits costs no query per visit. The same visibility as {@link view}: the client sees the
   * answers; the therapist sees them only with the client's consent, otherwise only each one's status.
   */
  async viewMany(
    caller: { id: string },
    ids: readonly string[] | Expression<{ id: string }>,
  ): Promise<Map<string, ListedAftercare>> {
    const summaries = await repo.summaries(this.deps.db, ids, caller.id);
    const nowMs = this.deps.now().getTime();
    const out = new Map<string, ListedAftercare>();
    // One hash per client, not per visit: an agenda lists hundreds of visits of a few dozen clients.
    const keys = new Map<string, string>();
    const keyOf = (clientId: string) => {
      const known = keys.get(clientId);
      if (known !== undefined) return known;
      const key = clientKey(caller.id, clientId);
      keys.set(clientId, key);
      return key;
    };
    for (const v of summaries) {
      const showAnswers = v.client_id === caller.id || v.share_follow_ups;
      out.set(v.id, {
        ...(v.client_id === caller.id ? {} : { clientKey: keyOf(v.client_id) }),
        shareFollowUps: v.share_follow_ups,
        completedAt: v.completed_at,
        painBefore: showAnswers ? v.pain_before : null,
        followUps: (v.follow_ups ?? []).map((f) => followUpJson(f, showAnswers, nowMs)),
        review:
          v.stars !== null && v.reviewed_at !== null
            ? { stars: v.stars, text: v.review_text, createdAt: v.reviewed_at }
            : null,
      });
    }
    return out;
  }

  /** The aftercare part of GET /bookings/:id for a booking the caller is a party to. */
  async viewById(caller: Caller, id: string) {
    return this.view(caller, await this.visit(caller, id));
  }

  /** POST /followups/:id (the client): the same triage and plan as a check-in, with the visit as `massageAt`. */
  async answer(caller: Caller, id: string, answer: FollowUpAnswer) {
    const db = this.deps.db;
    const f = isUuid(id) ? await repo.followUpOf(db, id, caller.id) : undefined;
    if (f === undefined) throw new BookingError(404, 'not_found', 'No such follow-up.');
    if (f.answeredAt !== null)
      throw new BookingError(409, 'already_answered', 'This follow-up has already been answered.');
    const now = this.deps.now();
    if (now.getTime() < f.dueAt.getTime())
      throw new BookingError(409, 'not_due', 'This follow-up opens at its time.', {
        dueAt: f.dueAt.toISOString(),
      });
    const at = now.toISOString();
    const [latestRow, beforeRow, log] = await Promise.all([
      db
        .selectFrom('checkins')
        .select('check_in')
        .where('user_id', '=', caller.id)
        .where('at', '<=', now)
        .orderBy('at', 'desc')
        .limit(1)
        .executeTakeFirst(),
      db
        .selectFrom('checkins')
        .select('check_in')
        .where('user_id', '=', caller.id)
        .where('at', '<=', f.start)
        .orderBy('at', 'desc')
        .limit(1)
        .executeTakeFirst(),
      careLogFromEvents(db, caller.id, at),
    ]);
    // jsonb holds exactly the CheckIn the check-ins service stored.
    const latest = (latestRow?.check_in ?? null) as CheckIn | null;
    const before = (beforeRow?.check_in ?? null) as CheckIn | null;
    const ctx = {
      at,
      massageAt: f.start.toISOString(),
      hours: f.hours,
      latest,
      painBefore: before?.painScore ?? null,
      log,
    };
    const assessment = assess(followUpCheckIn(answer, ctx));
    const worse = worseAfterVisit(answer, ctx);
    const body = { ...assessment, followUp: { id: f.id, hours: f.hours, worseAfterVisit: worse } };
    const updated = await db
      .updateTable('follow_ups')
      .set({ answered_at: now, answers: JSON.stringify(answer), assessment: JSON.stringify(body) })
      .where('id', '=', f.id)
      .where('answered_at', 'is', null)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0)
      throw new BookingError(409, 'already_answered', 'This follow-up has already been answered.');
    await cancelFromSource(db, f.id);
    return body;
  }

  /** PATCH /bookings/:id (the client): consent for the therapist to read the follow-up answers. */
  async share(caller: Caller, id: string, share: boolean) {
    const v = await this.visit(caller, id);
    if (v.client_id !== caller.id)
      throw new BookingError(403, 'client_only', 'Only the client decides who sees the follow-ups.');
    await this.deps.db
      .updateTable('bookings')
      .set({ share_follow_ups: share })
      .where('id', '=', v.id)
      .execute();
    return { id: v.id, shareFollowUps: share };
  }

  /** POST /bookings/:id/review (the client, once, after completion). */
  async review(caller: Caller, id: string, r: { stars: number; text?: string | undefined }) {
    const v = await this.visit(caller, id);
    if (v.client_id !== caller.id)
      throw new BookingError(403, 'client_only', 'Only the client can review a visit.');
    if (v.status !== 'completed')
      throw new BookingError(409, 'not_completed', 'A visit can be reviewed once it is completed.');
    const now = this.deps.now();
    const text = r.text?.trim() || null;
    const inserted = await this.deps.db
      .insertInto('visit_reviews')
      .values({ booking_id: v.id, stars: r.stars, text, created_at: now })
      .onConflict((oc) => oc.column('booking_id').doNothing())
      .returning('booking_id')
      .executeTakeFirst();
    if (inserted === undefined)
      throw new BookingError(409, 'already_reviewed', 'This visit has already been reviewed.');
    return { bookingId: v.id, stars: r.stars, text, createdAt: now.toISOString() };
  }
}
