/**
 * Slots in-process (computed on every booking page view): one therapist (Europe/London, weekday and Saturday hours in two ranges),
 * a 60-day range that crosses the October clock change, 200 existing bookings; p50/p99 per computeSlots
 * call after a warm-up. Target: p99 < 5 ms.
 */
import type { BookedRange, TherapistSchedule } from '../src/domain/booking/schedule.ts';
import { computeSlots } from '../src/domain/booking/slots.ts';
import { type Bench, info, row } from './lib/report.ts';
import { fmt, nsToMs, percentile } from './lib/stats.ts';

const DAY = 86_400_000;
const MIN = 60_000;
const CALLS = 3000;
const WARMUP = 300;

const THERAPIST: TherapistSchedule = {
  timeZone: 'Europe/London',
  weekly: [1, 2, 3, 4, 5]
    .flatMap((weekday) => [
      { weekday, start: '08:00', end: '12:30' },
      { weekday, start: '13:30', end: '19:00' },
    ])
    .concat([{ weekday: 6, start: '09:00', end: '14:00' }]),
  exceptions: [
    { date: '2026-10-12', kind: 'off' },
    { date: '2026-10-17', kind: 'extra', start: '15:00', end: '18:00' },
  ],
  bufferMinutes: 30,
  minNoticeHours: 12,
  bookingWindowDays: 90,
};

/** A small deterministic generator (mulberry32) so every run books the same 200 visits. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 200 non-overlapping 60/90-minute bookings spread over the 60 days, at whole half-hours in the day. */
function bookings(fromMs: number): BookedRange[] {
  const next = rng(42);
  const out: BookedRange[] = [];
  const taken: [number, number][] = [];
  while (out.length < 200) {
    const day = Math.floor(next() * 60);
    const halfHour = 16 + Math.floor(next() * 20); // 08:00-17:30 UTC
    const start = fromMs + day * DAY + halfHour * 30 * MIN;
    const end = start + (next() < 0.7 ? 60 : 90) * MIN;
    if (taken.some(([s, e]) => start < e + 30 * MIN && s < end + 30 * MIN)) continue;
    taken.push([start, end]);
    out.push({ start: new Date(start).toISOString(), end: new Date(end).toISOString(), bufferMinutes: 30 });
  }
  return out;
}

export const slotsBench: Bench = {
  name: 'slots',
  title: 'Slots in-process: one therapist, 60 days, 200 bookings',
  async run() {
    const now = '2026-09-30T10:00:00Z';
    const fromMs = Date.parse('2026-10-01T00:00:00Z');
    const booked = bookings(fromMs);
    const query = (minutes: number) => ({
      therapist: THERAPIST,
      bookings: booked,
      from: new Date(fromMs).toISOString(),
      to: new Date(fromMs + 60 * DAY).toISOString(),
      minutes,
      now,
    });
    let sink = 0;
    for (let i = 0; i < WARMUP; i++) sink += computeSlots(query(i % 2 ? 60 : 90)).length;
    const lat: number[] = [];
    const counts = { 60: 0, 90: 0 };
    for (let i = 0; i < CALLS; i++) {
      const minutes = i % 2 ? 60 : 90;
      const q = query(minutes);
      const s = process.hrtime.bigint();
      const slots = computeSlots(q);
      lat.push(nsToMs(process.hrtime.bigint() - s));
      counts[minutes] = slots.length;
      sink += slots.length;
    }
    const p50 = percentile(lat, 50);
    const p99 = percentile(lat, 99);
    return {
      rows: [
        row('p50 per computeSlots', p50, `${p50.toFixed(3)} ms`),
        row('p99 per computeSlots', p99, `${p99.toFixed(3)} ms`, { max: 5, target: '< 5 ms' }),
        row('max', Math.max(...lat), `${Math.max(...lat).toFixed(3)} ms`),
        info('slots offered (60 / 90 min)', `${fmt(counts[60])} / ${fmt(counts[90])}`),
      ],
      details: { calls: CALLS, p50, p99, counts, bookings: booked.length, sink },
      notes: [
        `${WARMUP} warm-up calls, ${CALLS} timed; 60- and 90-minute sessions alternate; range crosses 2026-10-25 (BST→GMT)`,
      ],
    };
  },
};
