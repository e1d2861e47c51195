import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLog } from '../plan/care-log.ts';
import { decide } from './catch-up.ts';
import {
  nextDoseStillAllowed,
  planBedtime,
  planHeatOff,
  planNextDose,
  planStretchBreak,
  planVisit,
} from './plan.ts';
import { defaultReminderSettings, type ReminderSettings } from './settings.ts';
import { localParts } from './wall-clock.ts';

const H = 3_600_000;
const settings = (over: Partial<ReminderSettings>): ReminderSettings => ({
  ...defaultReminderSettings('Europe/London'),
  ...over,
});
const localTime = (ms: number, tz: string) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: tz,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(ms));

describe('bedtime at a local wall-clock time across daylight saving (2027)', () => {
  // London: 28 March (clocks forward) and 31 October (back); New York: 14 March and 7 November.
  const cases = [
    { tz: 'Europe/London', from: '2027-03-26T12:00:00Z', change: '2027-03-28', gapHours: 23 },
    { tz: 'Europe/London', from: '2027-10-29T12:00:00Z', change: '2027-10-31', gapHours: 25 },
    { tz: 'America/New_York', from: '2027-03-12T18:00:00Z', change: '2027-03-14', gapHours: 23 },
    { tz: 'America/New_York', from: '2027-11-05T18:00:00Z', change: '2027-11-07', gapHours: 25 },
  ];
  for (const c of cases) {
    it(`stays 22:30 in ${c.tz} around ${c.change}`, () => {
      const s = settings({ timeZone: c.tz, bedtime: '22:30', quietHours: null });
      let after = Date.parse(c.from);
      const dues: number[] = [];
      for (let i = 0; i < 4; i++) {
        const r = planBedtime('u', s, after);
        if (r === null) throw new Error('no bedtime');
        dues.push(r.dueMs);
        after = r.dueMs;
      }
      expect(dues.map((d) => localTime(d, c.tz))).toEqual(['22:30', '22:30', '22:30', '22:30']);
      const gaps = dues.slice(1).map((d, i) => (d - (dues[i] ?? 0)) / H);
      // The night before the change to the night of it spans the change: 23 or 25 hours, the others 24.
      expect(gaps).toEqual([24, c.gapHours, 24]);
      // One key per local date: replanning the same night is one row.
      expect(new Set(dues.map((d) => planBedtime('u', s, d - 1)?.dedupeKey)).size).toBe(4);
    });
  }
});

describe('stretch breaks', () => {
  const s = settings({
    timeZone: 'Europe/London',
    quietHours: { start: '12:00', end: '13:00' },
    stretchBreaks: { everyMinutes: 60, start: '09:00', end: '17:00' },
  });
  it('fall every N minutes inside working hours, never in quiet hours', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.parse('2027-01-01'), max: Date.parse('2027-12-31') }), (after) => {
        const r = planStretchBreak('u', s, after);
        expect(r).not.toBeNull();
        const { minute } = localParts(r?.dueMs ?? 0, s.timeZone);
        expect(minute).toBeGreaterThan(9 * 60);
        expect(minute).toBeLessThan(17 * 60);
        expect(minute % 60).toBe(0);
        expect(minute >= 12 * 60 && minute < 13 * 60).toBe(false);
        expect(r?.dueMs).toBeGreaterThan(after);
      }),
    );
  });
  it('several missed breaks collapse into none; the next one is planned from now', () => {
    const first = planStretchBreak('u', s, Date.parse('2027-06-01T08:00:00Z'));
    const late = (first?.dueMs ?? 0) + 3 * H;
    expect(decide({ expiresMs: first?.expiresMs ?? null }, late, s)).toEqual({
      action: 'collapse',
      reason: 'stale',
    });
    expect(planStretchBreak('u', s, late)?.dueMs).toBeGreaterThan(late);
  });
});

describe('next dose and heat from the interlocks', () => {
  const t0 = Date.parse('2027-02-01T08:00:00Z');
  it('IB-DOSE: due 4 h after a dose, sent late only while a dose is still allowed', () => {
    const log = readLog(
      { ibuprofen: [{ at: new Date(t0).toISOString(), mg: 400 }], creams: [], cold: [], heat: [] },
      t0,
    );
    const r = planNextDose('u', log, t0, 'e1');
    expect(r?.dueMs).toBe(t0 + 4 * H);
    expect(r?.message.action).toBe('Log dose');
    expect(nextDoseStillAllowed(log, t0 + 5 * H)).toBe(true);
    const again = readLog(
      {
        ibuprofen: [
          { at: new Date(t0).toISOString(), mg: 400 },
          { at: new Date(t0 + 4.5 * H).toISOString(), mg: 400 },
        ],
        creams: [],
        cold: [],
        heat: [],
      },
      t0 + 5 * H,
    );
    expect(nextDoseStillAllowed(again, t0 + 5 * H)).toBe(false);
  });
  it('heat off an hour late becomes nothing', () => {
    const log = readLog(
      { ibuprofen: [], creams: [], cold: [], heat: [{ at: new Date(t0).toISOString(), minutes: 20 }] },
      t0,
    );
    const r = planHeatOff('u', log, t0 + 60_000, 'h1');
    expect(r?.dueMs).toBe(t0 + 20 * 60_000);
    const s = settings({ quietHours: null });
    expect(decide({ expiresMs: r?.expiresMs ?? null }, (r?.dueMs ?? 0) + H, s).action).toBe('collapse');
    expect(decide({ expiresMs: r?.expiresMs ?? null }, (r?.dueMs ?? 0) + 1000, s).action).toBe('send');
  });
});

describe('quiet hours and visits', () => {
  const s = settings({ timeZone: 'Europe/London', quietHours: { start: '22:00', end: '07:00' } });
  it('a reminder due in quiet hours waits for their end, or is dropped when stale by then', () => {
    const at = Date.parse('2027-01-10T23:00:00Z');
    expect(decide({ expiresMs: null }, at, s)).toEqual({
      action: 'wait',
      untilMs: Date.parse('2027-01-11T07:00:00Z'),
    });
    expect(decide({ expiresMs: at + H }, at, s)).toEqual({ action: 'collapse', reason: 'quiet_hours' });
  });
  it('visits: 24 h and 2 h before, both sides, only those still ahead', () => {
    const start = Date.parse('2027-05-03T10:00:00Z');
    const v = { id: 'b', startMs: start, clientId: 'c', therapistId: 't', whenText: 'x' };
    expect(planVisit(v, start - 48 * H).map((r) => [r.userId, (start - r.dueMs) / H])).toEqual([
      ['c', 24],
      ['c', 2],
      ['t', 24],
      ['t', 2],
    ]);
    expect(planVisit(v, start - 5 * H)).toHaveLength(2);
    expect(planVisit(v, start - 5 * H).every((r) => r.expiresMs === start)).toBe(true);
  });
});
