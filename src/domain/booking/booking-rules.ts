import type { BookedRange, TherapistSchedule } from './schedule.ts';
import { computeSlots, instantMs, isoZ } from './slots.ts';

const MIN_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** Why a requested time cannot be booked; `slot_taken` is a conflict (409), the others are invalid (422). */
export type BookingTimeProblem =
  | { readonly code: 'session_length'; readonly message: string }
  | { readonly code: 'too_soon'; readonly message: string }
  | { readonly code: 'too_far'; readonly message: string }
  | { readonly code: 'outside_hours'; readonly message: string }
  | { readonly code: 'slot_taken'; readonly message: string };

/**
 * Re-check a booking request against the therapist's rules, since a client may send any time (the service re-checks
 * hours, notice, window and the session lengths offered; the database exclusion constraint is the final guard
 * against races). Any whole-minute start that lies wholly in working hours is accepted, so a slot listed with any
 * `step` can be booked. Returns null when the time is free.
 */
export function bookingTimeProblem(input: {
  readonly therapist: TherapistSchedule & { readonly sessionMinutes: readonly number[] };
  readonly bookings: readonly BookedRange[];
  readonly start: string;
  readonly minutes: number;
  readonly now: string;
}): BookingTimeProblem | null {
  const { therapist, minutes } = input;
  if (!therapist.sessionMinutes.includes(minutes)) {
    return {
      code: 'session_length',
      message: `This therapist offers sessions of ${therapist.sessionMinutes.join(' or ')} minutes.`,
    };
  }
  const startMs = instantMs(input.start);
  const nowMs = instantMs(input.now);
  if (startMs < nowMs + therapist.minNoticeHours * HOUR_MS) {
    return { code: 'too_soon', message: `Book at least ${therapist.minNoticeHours} hours ahead.` };
  }
  if (startMs > nowMs + therapist.bookingWindowDays * DAY_MS) {
    return { code: 'too_far', message: `Book at most ${therapist.bookingWindowDays} days ahead.` };
  }
  const query = {
    therapist,
    from: isoZ(startMs),
    to: isoZ(startMs + MIN_MS),
    minutes,
    step: 1,
    now: input.now,
  };
  if (startMs % MIN_MS !== 0 || computeSlots({ ...query, bookings: [] }).length === 0) {
    return { code: 'outside_hours', message: 'That time is outside the therapist’s working hours.' };
  }
  if (computeSlots({ ...query, bookings: input.bookings }).length === 0) {
    return { code: 'slot_taken', message: 'That time has just been taken. Please pick another slot.' };
  }
  return null;
}
