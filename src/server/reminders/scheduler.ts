import type { Kysely } from 'kysely';
import { readLog } from '../../domain/plan/care-log.ts';
import {
  followUpAt,
  type PlannedReminder,
  planBedtime,
  planColdAgain,
  planHeatOff,
  planNextDose,
  planSeenFollowUp,
  planStretchBreak,
  planVisit,
  type ReminderMessage,
} from '../../domain/reminders/plan.ts';
import { kindEnabled, type ReminderKind, type ReminderSettings } from '../../domain/reminders/settings.ts';
import { careLogFromEvents } from '../care/care-log.ts';
import type { DB } from '../db/schema.ts';
import { zoneFormatter } from '../zone-format.ts';
import { remindersRepository as repo } from './reminders.repository.ts';

/**
 * Turns what happened (an event logged or deleted, a check-in, a booking, new settings) into scheduled reminder
 * rows, through the domain's planners. Every function is idempotent: hooks may run twice.
 */

const CARE_KINDS = ['nextDose', 'coldAgain', 'heatOff'] as const;
type CareKind = (typeof CARE_KINDS)[number];

/** Which care-log event kind drives which reminder. */
const CARE_EVENT: Record<string, CareKind> = { ibuprofen: 'nextDose', cold: 'coldAgain', heat: 'heatOff' };

/**
 * Plan one care kind again from the stored log as it is now; cancel the one it replaces. A kind that is off has
 * nothing scheduled (turning it off cancelled it), so it costs nothing more than reading the settings.
 */
async function replanCare(
  db: Kysely<DB>,
  userId: string,
  kind: CareKind,
  settings: ReminderSettings,
  now: Date,
  sourceId: string,
): Promise<void> {
  if (!kindEnabled(settings, kind)) return;
  const log = readLog(await careLogFromEvents(db, userId, now.toISOString()), now.getTime());
  const plan = kind === 'nextDose' ? planNextDose : kind === 'coldAgain' ? planColdAgain : planHeatOff;
  const planned = plan(userId, log, now.getTime(), sourceId);
  await repo.cancelKinds(db, userId, [kind], planned ? [planned.dedupeKey] : []);
  if (planned) await repo.schedule(db, [planned]);
}

/** A care-log event was logged or corrected: its reminder kind is planned again from the log. */
export async function careEventWritten(
  db: Kysely<DB>,
  now: Date,
  userId: string,
  event: { id: string; kind: string },
): Promise<void> {
  const kind = CARE_EVENT[event.kind];
  if (kind === undefined) return;
  await replanCare(db, userId, kind, await repo.settings(db, userId), now, event.id);
}

/** A care-log event was deleted: what it scheduled is cancelled, and the care kinds planned from what remains. */
export async function careEventDeleted(
  db: Kysely<DB>,
  now: Date,
  userId: string,
  eventId: string,
): Promise<void> {
  await repo.cancelSource(db, eventId);
  const settings = await repo.settings(db, userId);
  for (const kind of CARE_KINDS)
    if (kindEnabled(settings, kind)) await replanCare(db, userId, kind, settings, now, eventId);
}

/** A check-in was stored: a doctor or urgent result gets a "did you get seen?" the next day. */
export async function checkinWritten(
  db: Kysely<DB>,
  userId: string,
  checkin: { id: string; at: string; level: string },
): Promise<void> {
  const planned = planSeenFollowUp(userId, checkin.id, checkin.level, Date.parse(checkin.at));
  if (planned && (await repo.settings(db, userId)).followUps) await repo.schedule(db, [planned]);
}

/**
 * The follow-up API for other areas (aftercare: 24 h and 48 h after a massage visit): schedule a follow-up for a
 * person at an instant from a source; cancelling the source cancels it ({@link cancelFromSource}).
 */
export async function scheduleFollowUp(
  db: Kysely<DB>,
  userId: string,
  sourceId: string,
  dueAt: Date,
  message: ReminderMessage,
): Promise<void> {
  if (!(await repo.settings(db, userId)).followUps) return;
  await repo.schedule(db, [followUpAt(userId, sourceId, dueAt.getTime(), message)]);
}

/** Cancel every scheduled reminder from a source (an event, a booking, a visit's follow-ups). */
export function cancelFromSource(db: Kysely<DB>, sourceId: string): Promise<void> {
  return repo.cancelSource(db, sourceId);
}

/** A booking as the visit hook needs it. */
export interface BookingForReminders {
  id: string;
  clientId: string;
  therapistId: string;
  start: Date;
  timeZone: string;
  status: string;
}

/** The visit reminders' "Monday 1 June 2026 at 10:00", in the visit's zone. */
const visitFormat = zoneFormatter({ dateStyle: 'full', timeStyle: 'short' });

function visitPlan(booking: BookingForReminders, now: Date): PlannedReminder[] {
  const whenText = visitFormat(booking.timeZone).format(booking.start);
  return planVisit(
    {
      id: booking.id,
      startMs: booking.start.getTime(),
      clientId: booking.clientId,
      therapistId: booking.therapistId,
      whenText: `on ${whenText} (${booking.timeZone})`,
    },
    now.getTime(),
  );
}

/**
 * The visit reminders of a new booking written in one statement, before each party's settings are applied:
 * the booking's statement schedules them only for those whose `visits` setting is on
 * ({@link remindersRepository.scheduleVisitsStatement}), so no read of the settings precedes the write.
 */
export function newVisitReminders(booking: BookingForReminders, now: Date): PlannedReminder[] {
  return visitPlan(booking, now);
}

/**
 * Called in a cancellation's own transaction: the visit's reminders are cancelled with it, so a cancelled
 * visit can never be reminded of (Cal.com #7225). (A new booking schedules its reminders inside its own
 * statement: {@link newVisitReminders}.)
 */
export function bookingCancelled(db: Kysely<DB>, bookingId: string): Promise<void> {
  return repo.cancelSource(db, bookingId);
}

/** The recurring kinds: after one is done, the next is planned from then on. */
export function planRecurring(
  userId: string,
  kind: ReminderKind,
  settings: ReminderSettings,
  afterMs: number,
): PlannedReminder | null {
  if (kind === 'bedtime') return planBedtime(userId, settings, afterMs);
  if (kind === 'stretchBreaks') return planStretchBreak(userId, settings, afterMs);
  return null;
}

/**
 * New settings: kinds turned off lose what they had scheduled; the recurring kinds are planned again from now
 * (a new bedtime or working hours replace the old ones).
 */
export async function settingsChanged(
  db: Kysely<DB>,
  userId: string,
  settings: ReminderSettings,
  now: Date,
): Promise<void> {
  const off = (['nextDose', 'coldAgain', 'heatOff', 'followUp', 'visit'] as const).filter(
    (k) => !kindEnabled(settings, k),
  );
  await repo.cancelKinds(db, userId, off);
  const next: PlannedReminder[] = [];
  for (const kind of ['bedtime', 'stretchBreaks'] as const) {
    const p = planRecurring(userId, kind, settings, now.getTime());
    if (p) next.push(p);
  }
  await repo.cancelKinds(
    db,
    userId,
    ['bedtime', 'stretchBreaks'],
    next.map((p) => p.dedupeKey),
  );
  await repo.schedule(db, next);
}
