import { describe, expect, it } from 'vitest';
import { bookingTimeProblem } from './booking-rules.ts';

const therapist = {
  timeZone: 'Europe/London',
  weekly: [{ weekday: 1, start: '09:00', end: '17:00' }],
  bufferMinutes: 30,
  minNoticeHours: 12,
  bookingWindowDays: 30,
  sessionMinutes: [60, 90],
};
const now = '2026-05-31T12:00:00Z';
const ok = { therapist, bookings: [], start: '2026-06-01T09:15:00Z', minutes: 60, now };

describe('bookingTimeProblem', () => {
  it('accepts a free whole-minute start inside working hours, on or off the 30-minute grid', () => {
    expect(bookingTimeProblem(ok)).toBeNull();
    expect(bookingTimeProblem({ ...ok, start: '2026-06-01T08:00:00Z' })).toBeNull();
  });

  it.each([
    [{ minutes: 45 }, 'session_length'],
    [{ now: '2026-06-01T00:00:00Z' }, 'too_soon'],
    [{ now: '2026-04-01T00:00:00Z' }, 'too_far'],
    [{ start: '2026-06-01T07:30:00Z' }, 'outside_hours'],
    [{ start: '2026-06-01T15:30:00Z' }, 'outside_hours'],
    [{ start: '2026-06-01T09:15:30Z' }, 'outside_hours'],
    [{ bookings: [{ start: '2026-06-01T10:44:00Z', end: '2026-06-01T11:44:00Z' }] }, 'slot_taken'],
  ])('refuses %o with %s', (change, code) => {
    expect(bookingTimeProblem({ ...ok, ...change })?.code).toBe(code);
  });

  it('accepts a booking exactly the buffer after another', () => {
    const bookings = [{ start: '2026-06-01T08:00:00Z', end: '2026-06-01T08:45:00Z' }];
    expect(bookingTimeProblem({ ...ok, bookings })).toBeNull();
  });
});
