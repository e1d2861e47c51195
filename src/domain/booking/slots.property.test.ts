import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import type { BookedRange, Slot, TherapistSchedule } from './schedule.ts';
import { computeSlots } from './slots.ts';

// Property tests for the rules that must hold for every schedule: buffers, working hours, cancellation. The
// oracle below is a deliberately naive re-statement of the rules with Temporal in every step, O(slots × bookings).

const MIN = 60_000;
const ZONES = ['Europe/London', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'UTC'];
// Around the 2026 daylight-saving changes of London and New York.
const FROM_DAYS = ['2026-03-06', '2026-03-27', '2026-10-23', '2026-10-30', '2026-06-10'];

const hm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const weeklyArb = fc.array(
  fc
    .record({
      weekday: fc.integer({ min: 1, max: 7 }),
      start: fc.integer({ min: 0, max: 22 * 4 }).map((q) => q * 15),
      length: fc.integer({ min: 2, max: 40 }).map((q) => q * 15),
    })
    .map(({ weekday, start, length }) => ({
      weekday,
      start: hm(start),
      end: hm(Math.min(start + length, 1440)),
    })),
  { minLength: 1, maxLength: 10 },
);

const scenarioArb = fc
  .record({
    timeZone: fc.constantFrom(...ZONES),
    fromDay: fc.constantFrom(...FROM_DAYS),
    weekly: weeklyArb,
    bufferMinutes: fc.integer({ min: 0, max: 6 }).map((q) => q * 15),
    minutes: fc.constantFrom(30, 60, 90),
    step: fc.constantFrom(15, 30, 60),
    bookings: fc.array(
      fc.record({
        offset: fc.integer({ min: 0, max: 5 * 24 * 12 }),
        length: fc.integer({ min: 6, max: 24 }),
      }),
      { maxLength: 12 },
    ),
  })
  .map((s) => {
    const from = Temporal.Instant.from(`${s.fromDay}T00:00:00Z`);
    const therapist: TherapistSchedule = {
      timeZone: s.timeZone,
      weekly: s.weekly,
      bufferMinutes: s.bufferMinutes,
      minNoticeHours: 0,
      bookingWindowDays: 365,
    };
    const bookings: BookedRange[] = s.bookings.map((b) => {
      const start = from.add({ minutes: b.offset * 5 });
      return { start: start.toString(), end: start.add({ minutes: b.length * 5 }).toString() };
    });
    return {
      therapist,
      bookings,
      from: from.toString(),
      to: from.add({ hours: 24 * 5 }).toString(),
      minutes: s.minutes,
      step: s.step,
      now: '2026-01-01T00:00:00Z',
    };
  });

type Scenario = ReturnType<typeof computeSlots> extends unknown ? Parameters<typeof computeSlots>[0] : never;

const ms = (iso: string) => Temporal.Instant.from(iso).epochMilliseconds;

function conflicts(slot: Slot, b: BookedRange, bufferMinutes: number): boolean {
  const buf = bufferMinutes * MIN;
  return !(ms(slot.end) + buf <= ms(b.start) || ms(b.end) + buf <= ms(slot.start));
}

/** Working spans per the documented rules, computed with Temporal directly. */
function oracleSpans(q: Scenario): [number, number][] {
  const zone = q.therapist.timeZone;
  const first = Temporal.Instant.from(q.from).toZonedDateTimeISO(zone).toPlainDate().subtract({ days: 1 });
  const spans: [number, number][] = [];
  for (let d = first; Temporal.PlainDate.compare(d, first.add({ days: 8 })) < 0; d = d.add({ days: 1 })) {
    for (const w of q.therapist.weekly) {
      if (w.weekday !== d.dayOfWeek) continue;
      const at = (t: string) =>
        t === '24:00'
          ? d.add({ days: 1 }).toZonedDateTime({ timeZone: zone }).epochMilliseconds
          : d
              .toPlainDateTime(Temporal.PlainTime.from(t))
              .toZonedDateTime(zone, { disambiguation: 'compatible' }).epochMilliseconds;
      const s = at(w.start);
      const e = at(w.end);
      if (e > s) spans.push([s, e]);
    }
  }
  return spans;
}

function inUnion(spans: [number, number][], s: number, e: number): boolean {
  // Walk forward through spans covering [s, e).
  let reach = s;
  let moved = true;
  while (moved && reach < e) {
    moved = false;
    for (const [a, b] of spans) {
      if (a <= reach && b > reach) {
        reach = b;
        moved = true;
      }
    }
  }
  return reach >= e;
}

function oracle(q: Scenario): string[] {
  const spans = oracleSpans(q);
  const step = (q.step ?? 30) * MIN;
  const len = q.minutes * MIN;
  const starts = new Set<number>();
  for (const [a, b] of spans) for (let s = a; s < b; s += step) starts.add(s);
  return [...starts]
    .filter((s) => s >= ms(q.from) && s < ms(q.to))
    .filter((s) => inUnion(spans, s, s + len))
    .filter((s) => {
      const slot = { start: new Date(s).toISOString(), end: new Date(s + len).toISOString() };
      return q.bookings.every((b) => !conflicts(slot, b, q.therapist.bufferMinutes));
    })
    .sort((a, b) => a - b)
    .map((s) => new Date(s).toISOString());
}

const norm = (slots: Slot[]) => slots.map((s) => new Date(ms(s.start)).toISOString());

describe('computeSlots properties', () => {
  it('equals the naive Temporal oracle', () => {
    fc.assert(
      fc.property(scenarioArb, (q) => {
        expect(norm(computeSlots(q))).toEqual(oracle(q));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every slot at least the buffer away from every booking, never overlapping one', () => {
    fc.assert(
      fc.property(scenarioArb, (q) => {
        for (const slot of computeSlots(q)) {
          for (const b of q.bookings) expect(conflicts(slot, b, q.therapist.bufferMinutes)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every slot wholly within working hours, with the requested real length', () => {
    fc.assert(
      fc.property(scenarioArb, (q) => {
        const spans = oracleSpans(q);
        for (const slot of computeSlots(q)) {
          expect(ms(slot.end) - ms(slot.start)).toBe(q.minutes * MIN);
          expect(inUnion(spans, ms(slot.start), ms(slot.end))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('offers the slots exactly the buffer before and after a booking', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom(30, 60),
        fc.constantFrom('Europe/London', 'America/New_York'),
        (bufferSteps, lengthSteps, minutes, timeZone) => {
          const step = 30;
          const buffer = bufferSteps * step;
          // Work all day; a booking at 12:00 UTC on a grid-aligned instant.
          const therapist = {
            timeZone,
            weekly: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '24:00' })),
            bufferMinutes: buffer,
            minNoticeHours: 0,
            bookingWindowDays: 365,
          };
          const bStart = Date.UTC(2026, 5, 10, 12);
          const bEnd = bStart + lengthSteps * step * MIN;
          const bookings = [{ start: new Date(bStart).toISOString(), end: new Date(bEnd).toISOString() }];
          const starts = computeSlots({
            therapist,
            bookings,
            from: '2026-06-10T06:00:00Z',
            to: '2026-06-10T18:00:00Z',
            minutes,
            step,
            now: '2026-01-01T00:00:00Z',
          }).map((s) => ms(s.start));
          expect(starts).toContain(bStart - buffer * MIN - minutes * MIN);
          expect(starts).toContain(bEnd + buffer * MIN);
          expect(starts).not.toContain(bEnd + buffer * MIN - step * MIN);
        },
      ),
    );
  });

  it('cancelling a booking frees exactly the slots that conflicted only with it', () => {
    fc.assert(
      fc.property(scenarioArb, fc.nat(), (q, pick) => {
        fc.pre(q.bookings.length > 0);
        const k = pick % q.bookings.length;
        const cancelled = q.bookings[k] as BookedRange;
        const others = q.bookings.filter((_, i) => i !== k);
        const before = norm(computeSlots(q));
        const after = norm(computeSlots({ ...q, bookings: others }));
        const all = computeSlots({ ...q, bookings: [] });
        const buf = q.therapist.bufferMinutes;
        const freed = all
          .filter((s) => conflicts(s, cancelled, buf) && others.every((b) => !conflicts(s, b, buf)))
          .map((s) => new Date(ms(s.start)).toISOString());
        expect(after).toEqual([...new Set([...before, ...freed])].sort());
      }),
      { numRuns: 300 },
    );
  });
});
