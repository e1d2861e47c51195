import type { Kysely } from 'kysely';
import type { PlannedReminder } from '../../domain/reminders/plan.ts';
import type { DB } from '../db/schema.ts';
import { remindersRepository } from './reminders.repository.ts';
import {
  type BookingForReminders,
  bookingCancelled,
  careEventDeleted,
  careEventWritten,
  checkinWritten,
  newVisitReminders,
} from './scheduler.ts';

/**
 * The port other areas call when something a reminder depends on changes (one line each in the care log, the
 * check-ins and the bookings). The care-log hooks run after the event's commit and never fail the request: a
 * reminder that cannot be planned is logged, the event stays logged. The check-in and booking hooks run inside
 * their transactions, so reminders commit (or roll back) with what they came from.
 */
export const reminderHooks = {
  async eventWritten(
    db: Kysely<DB>,
    now: Date,
    userId: string,
    event: { id: string; kind: string },
  ): Promise<void> {
    try {
      await careEventWritten(db, now, userId, event);
    } catch (err) {
      console.error(`reminders: planning after an event failed: ${err instanceof Error ? err.message : err}`);
    }
  },

  async eventDeleted(db: Kysely<DB>, now: Date, userId: string, eventId: string): Promise<void> {
    try {
      await careEventDeleted(db, now, userId, eventId);
    } catch (err) {
      console.error(
        `reminders: cancelling after a delete failed: ${err instanceof Error ? err.message : err}`,
      );
    }
  },

  checkinWritten(
    tx: Kysely<DB>,
    userId: string,
    checkin: { id: string; at: string; level: string },
  ): Promise<void> {
    return checkinWritten(tx, userId, checkin);
  },

  /**
   * A new booking written in one statement: its visit reminders, planned before the write, and the part of
   * that statement that schedules them (to those whose settings want them) once the booking row (CTE
   * `guard`) is in.
   */
  newVisitReminders(booking: BookingForReminders, now: Date): PlannedReminder[] {
    return newVisitReminders(booking, now);
  },
  visitScheduleStatement(planned: readonly PlannedReminder[], guard: string) {
    return remindersRepository.scheduleVisitsStatement(planned, guard);
  },

  /** A visit cancelled, in the cancellation's transaction. */
  bookingCancelled(tx: Kysely<DB>, bookingId: string): Promise<void> {
    return bookingCancelled(tx, bookingId);
  },
};
