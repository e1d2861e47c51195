import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import type { TherapistSchedule } from './schedule.ts';
import { computeSlots } from './slots.ts';

const NOW = '2026-01-01T00:00:00Z';

function everyDay(start: string, end: string): TherapistSchedule['weekly'] {
  return [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start, end }));
}

function schedule(
  timeZone: string,
  weekly: TherapistSchedule['weekly'],
  extra: Partial<TherapistSchedule> = {},
) {
  return { timeZone, weekly, bufferMinutes: 0, minNoticeHours: 0, bookingWindowDays: 365, ...extra };
}

/** Local "HH:MM" of each slot start in the zone. */
function localStarts(slots: { start: string }[], zone: string): string[] {
  return slots.map((s) =>
    Temporal.Instant.from(s.start).toZonedDateTimeISO(zone).toPlainTime().toString().slice(0, 5),
  );
}

describe('computeSlots across daylight-saving changes', () => {
  const cases = [
    // zone, change day, day before, UTC hour of 09:00 before, on/after the change
    ['Europe/London', '2026-03-29', '2026-03-28', 9, 8],
    ['Europe/London', '2026-10-25', '2026-10-24', 8, 9],
    ['America/New_York', '2026-03-08', '2026-03-07', 14, 13],
    ['America/New_York', '2026-11-01', '2026-10-31', 13, 14],
  ] as const;

  for (const [zone, day, before, utcBefore, utcOn] of cases) {
    it(`keeps 09:00 local in ${zone} around ${day}`, () => {
      const slots = computeSlots({
        therapist: schedule(zone, everyDay('09:00', '10:00')),
        bookings: [],
        from: `${before}T00:00:00Z`,
        to: `${day}T23:59:00Z`,
        minutes: 60,
        now: NOW,
      });
      expect(slots.map((s) => s.start)).toEqual([
        `${before}T${String(utcBefore).padStart(2, '0')}:00:00Z`,
        `${day}T${String(utcOn).padStart(2, '0')}:00:00Z`,
      ]);
      expect(localStarts(slots, zone)).toEqual(['09:00', '09:00']);
    });
  }

  it('measures a night range on the 23-hour London day in real time (00:00-04:00 is 3 h)', () => {
    const slots = computeSlots({
      therapist: schedule('Europe/London', [{ weekday: 7, start: '00:00', end: '04:00' }]),
      bookings: [],
      from: '2026-03-28T12:00:00Z',
      to: '2026-03-29T12:00:00Z',
      minutes: 60,
      step: 60,
      now: NOW,
    });
    expect(slots.map((s) => s.start)).toEqual([
      '2026-03-29T00:00:00Z',
      '2026-03-29T01:00:00Z',
      '2026-03-29T02:00:00Z',
    ]);
    expect(localStarts(slots, 'Europe/London')).toEqual(['00:00', '02:00', '03:00']);
  });

  it('measures a night range on the 25-hour London day in real time (00:00-04:00 is 5 h)', () => {
    const slots = computeSlots({
      therapist: schedule('Europe/London', [{ weekday: 7, start: '00:00', end: '04:00' }]),
      bookings: [],
      from: '2026-10-24T12:00:00Z',
      to: '2026-10-25T12:00:00Z',
      minutes: 60,
      step: 60,
      now: NOW,
    });
    expect(slots).toHaveLength(5);
    expect(localStarts(slots, 'Europe/London')).toEqual(['00:00', '01:00', '01:00', '02:00', '03:00']);
  });

  it('starts a range that begins in the New York spring gap at the compatible instant (02:30 → 03:30 EDT)', () => {
    const slots = computeSlots({
      therapist: schedule('America/New_York', [{ weekday: 7, start: '02:30', end: '05:00' }]),
      bookings: [],
      from: '2026-03-08T00:00:00Z',
      to: '2026-03-09T00:00:00Z',
      minutes: 60,
      now: NOW,
    });
    expect(slots.map((s) => s.start)).toEqual(['2026-03-08T07:30:00Z', '2026-03-08T08:00:00Z']);
    expect(localStarts(slots, 'America/New_York')).toEqual(['03:30', '04:00']);
  });

  it('starts an ambiguous New York fall-back range at the earlier 01:30 (EDT)', () => {
    const slots = computeSlots({
      therapist: schedule('America/New_York', [{ weekday: 7, start: '01:30', end: '02:30' }]),
      bookings: [],
      from: '2026-11-01T00:00:00Z',
      to: '2026-11-02T00:00:00Z',
      minutes: 60,
      step: 60,
      now: NOW,
    });
    // 01:30 EDT = 05:30Z; 02:30 EST = 07:30Z: two real hours of work.
    expect(slots.map((s) => s.start)).toEqual(['2026-11-01T05:30:00Z', '2026-11-01T06:30:00Z']);
  });

  for (const [zone, day, localStart, localEnd] of [
    ['Europe/London', '2026-03-29', '00:30', '03:30'],
    ['Europe/London', '2026-10-25', '00:30', '01:30'],
    ['America/New_York', '2026-03-08', '01:00', '04:00'],
    ['America/New_York', '2026-11-01', '00:30', '01:30'],
  ] as const) {
    it(`gives a 2-hour slot across the ${zone} change on ${day} a real length of 120 minutes`, () => {
      const slots = computeSlots({
        therapist: schedule(zone, everyDay('00:00', '06:00')),
        bookings: [],
        from: Temporal.PlainDateTime.from(`${day}T${localStart}`)
          .toZonedDateTime(zone)
          .toInstant()
          .toString(),
        to: `${day}T23:00:00Z`,
        minutes: 120,
        now: NOW,
      });
      const first = slots[0];
      if (first === undefined) throw new Error('no slot');
      const start = Temporal.Instant.from(first.start);
      const end = Temporal.Instant.from(first.end);
      expect(end.since(start).total('minutes')).toBe(120);
      expect(start.toZonedDateTimeISO(zone).toPlainTime().toString().slice(0, 5)).toBe(localStart);
      expect(end.toZonedDateTimeISO(zone).toPlainTime().toString().slice(0, 5)).toBe(localEnd);
    });
  }
});

describe('computeSlots rules', () => {
  const base = schedule('Europe/London', [{ weekday: 1, start: '09:00', end: '12:00' }], {
    bufferMinutes: 30,
  });
  const day = { from: '2026-06-01T00:00:00Z', to: '2026-06-02T00:00:00Z', minutes: 60, now: NOW };

  it('offers slots every 30 minutes from the start of the range, wholly inside it', () => {
    const slots = computeSlots({ ...day, therapist: base, bookings: [] });
    expect(localStarts(slots, 'Europe/London')).toEqual(['09:00', '09:30', '10:00', '10:30', '11:00']);
  });

  it('offers a slot exactly the buffer away from a booking, and none closer', () => {
    // Booking 10:00-10:30 BST (09:00Z-09:30Z), buffer 30: 09:00-10:00 would leave 0 min; 10:00 start too.
    const bookings = [{ start: '2026-06-01T09:00:00Z', end: '2026-06-01T09:30:00Z' }];
    const slots = computeSlots({ ...day, therapist: base, bookings });
    expect(localStarts(slots, 'Europe/London')).toEqual(['11:00']);
    const earlier = computeSlots({
      ...day,
      therapist: base,
      bookings: [{ start: '2026-06-01T10:00:00Z', end: '2026-06-01T10:30:00Z' }],
    });
    // Booking 11:00-11:30 BST: 09:30-10:30 ends exactly the buffer before it, so it is offered.
    expect(localStarts(earlier, 'Europe/London')).toEqual(['09:00', '09:30']);
  });

  it('offers the one slot that fits exactly between two bookings with the buffer on both sides', () => {
    const therapist = { ...base, weekly: [{ weekday: 1, start: '08:00', end: '16:00' }] };
    // Bookings end 10:00 and start 12:00 BST; 10:30-11:30 leaves exactly 30 min either side.
    const bookings = [
      { start: '2026-06-01T07:00:00Z', end: '2026-06-01T09:00:00Z' },
      { start: '2026-06-01T11:00:00Z', end: '2026-06-01T12:00:00Z' },
    ];
    const slots = computeSlots({ ...day, therapist, bookings });
    expect(localStarts(slots, 'Europe/London')).toEqual(['10:30', '13:30', '14:00', '14:30', '15:00']);
  });

  it('does not demand that the buffer fits inside working hours', () => {
    const slots = computeSlots({ ...day, therapist: base, bookings: [] });
    expect(slots.at(-1)?.end).toBe('2026-06-01T11:00:00Z');
  });

  it('honours minimum notice, the booking window and [from, to)', () => {
    const notice = computeSlots({
      ...day,
      therapist: { ...base, minNoticeHours: 2 },
      bookings: [],
      now: '2026-06-01T07:30:00Z',
    });
    expect(localStarts(notice, 'Europe/London')).toEqual(['10:30', '11:00']);
    const window = computeSlots({
      ...day,
      therapist: { ...base, bookingWindowDays: 1 },
      bookings: [],
      now: '2026-05-31T09:00:00Z',
    });
    expect(localStarts(window, 'Europe/London')).toEqual(['09:00', '09:30', '10:00']);
    const range = computeSlots({
      ...day,
      from: '2026-06-01T08:30:00Z',
      to: '2026-06-01T09:30:00Z',
      therapist: base,
      bookings: [],
    });
    expect(localStarts(range, 'Europe/London')).toEqual(['09:30', '10:00']);
  });

  it('applies days off, partial time off and extra hours; several ranges a day', () => {
    const therapist = {
      ...base,
      weekly: [
        { weekday: 1, start: '09:00', end: '11:00' },
        { weekday: 1, start: '14:00', end: '15:00' },
        { weekday: 2, start: '09:00', end: '10:00' },
      ],
      exceptions: [
        { date: '2026-06-01', kind: 'off' as const, start: '09:30', end: '10:00' },
        { date: '2026-06-01', kind: 'extra' as const, start: '18:00', end: '19:00' },
        { date: '2026-06-02', kind: 'off' as const },
      ],
    };
    const slots = computeSlots({ ...day, to: '2026-06-03T00:00:00Z', therapist, bookings: [] });
    expect(localStarts(slots, 'Europe/London')).toEqual(['10:00', '14:00', '18:00']);
  });

  it('treats adjacent ranges as continuous working time and keeps each range start', () => {
    const therapist = {
      ...base,
      weekly: [
        { weekday: 1, start: '09:00', end: '10:15' },
        { weekday: 1, start: '10:15', end: '11:15' },
      ],
    };
    const slots = computeSlots({ ...day, therapist, bookings: [] });
    expect(localStarts(slots, 'Europe/London')).toEqual(['09:00', '09:30', '10:00', '10:15']);
  });
});
