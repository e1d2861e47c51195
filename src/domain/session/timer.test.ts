import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clampMinutes,
  elapsed,
  elapsedMinutes,
  loggedMinutes,
  MAX_COLD_HEAT_MINUTES,
  parseTimer,
  pause,
  phase,
  remaining,
  resume,
  start,
  TIMER_KINDS,
  type Timer,
} from './timer.ts';

const T0 = Date.UTC(2026, 10, 26, 9, 0, 0);
const MIN = 60_000;
const kind = fc.constantFrom(...TIMER_KINDS);
const anyMinutes = fc.oneof(
  fc.double({ noNaN: false }),
  fc.integer({ min: -1000, max: 1000 }),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 0, 20, 20.01, 21, 60),
);
const instant = fc.integer({ min: 0, max: 4_000_000_000_000 });

describe('start', () => {
  it('clamps cold and heat to 20 minutes (CO-20, HE-TEST)', () => {
    expect(start('cold', 30, T0).plannedMs).toBe(20 * MIN);
    expect(start('heat', 21, T0).deadline).toBe(T0 + 20 * MIN);
    expect(start('cold', 15, T0).plannedMs).toBe(15 * MIN);
    expect(start('cold', 2, T0).plannedMs).toBe(5 * MIN);
  });

  it('makes a bad input shorter, never longer', () => {
    expect(clampMinutes('cold', Number.NaN)).toBe(5);
    expect(clampMinutes('heat', Number.POSITIVE_INFINITY)).toBe(20);
    expect(clampMinutes('walk', -3)).toBe(1);
  });

  it('never lets a cold or heat timer run past 20 minutes, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('cold', 'heat') as fc.Arbitrary<'cold' | 'heat'>,
        anyMinutes,
        instant,
        (k, m, now) => {
          const t = start(k, m, now);
          expect(t.plannedMs).toBeLessThanOrEqual(MAX_COLD_HEAT_MINUTES * MIN);
          expect(t.deadline - t.startedAt).toBeLessThanOrEqual(MAX_COLD_HEAT_MINUTES * MIN);
          expect(remaining(t, now)).toBeLessThanOrEqual(MAX_COLD_HEAT_MINUTES * MIN);
        },
      ),
    );
  });
});

describe('remaining and phase', () => {
  const t = start('cold', 20, T0);

  it('counts down against the deadline', () => {
    expect(remaining(t, T0)).toBe(20 * MIN);
    expect(remaining(t, T0 + 5 * MIN)).toBe(15 * MIN);
    expect(phase(t, T0 + 5 * MIN)).toBe('running');
    expect(phase(t, T0 + 18 * MIN)).toBe('warning');
    expect(phase(t, T0 + 20 * MIN)).toBe('done');
    expect(remaining(t, T0 + 3 * 3600_000)).toBe(0);
  });

  it('is never negative and never above the planned time', () => {
    fc.assert(
      fc.property(kind, anyMinutes, instant, instant, (k, m, at, now) => {
        const timer = start(k, m, at);
        const left = remaining(timer, now);
        expect(left).toBeGreaterThanOrEqual(0);
        expect(left).toBeLessThanOrEqual(timer.plannedMs);
      }),
    );
  });

  it('logs the minutes actually run', () => {
    expect(elapsedMinutes(t, T0 + 20 * MIN + 999_999)).toBe(20);
    expect(elapsedMinutes(t, T0 + 7 * MIN + 10_000)).toBe(7);
    expect(elapsedMinutes(t, T0 + 1000)).toBe(1);
  });

  it('logs a short session to the second, not as a whole minute (6 s is not "1 minute")', () => {
    expect(loggedMinutes(t, T0 + 6000)).toBe(0.1);
    expect(loggedMinutes(t, T0)).toBe(0);
    expect(loggedMinutes(t, T0 + 90_000)).toBe(1.5);
    expect(loggedMinutes(t, T0 + 60 * MIN)).toBe(20);
    fc.assert(
      fc.property(instant, (now) => {
        const m = loggedMinutes(t, now);
        expect(m).toBeGreaterThanOrEqual(0);
        expect(m).toBeLessThanOrEqual(20);
        expect(Math.abs(m * 60 - Math.round(elapsed(t, now) / 1000))).toBeLessThan(0.01);
      }),
    );
  });
});

describe('pause and resume', () => {
  it('keeps the time left across a pause', () => {
    const t = start('walk', 30, T0);
    const paused = pause(t, T0 + 10 * MIN);
    expect(remaining(paused, T0 + 50 * MIN)).toBe(20 * MIN);
    const resumed = resume(paused, T0 + 50 * MIN);
    expect(resumed.pausedAt).toBeUndefined();
    expect(remaining(resumed, T0 + 50 * MIN)).toBe(20 * MIN);
    expect(phase(resumed, T0 + 70 * MIN)).toBe('done');
  });

  it('never runs a cold timer longer than 20 minutes in total, whatever the pauses', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 * MIN }), { maxLength: 8 }), (gaps) => {
        let t: Timer = start('cold', 99, T0);
        let now = T0;
        let ran = 0;
        gaps.forEach((gap, i) => {
          const before = remaining(t, now);
          now += gap;
          if (i % 2 === 0) ran += before - remaining(t, now);
          t = i % 2 === 0 ? pause(t, now) : resume(t, now);
        });
        expect(ran + remaining(t, now)).toBeLessThanOrEqual(20 * MIN);
      }),
    );
  });
});

describe('parseTimer (reload)', () => {
  it('rebuilds the same state from saved JSON at any time', () => {
    fc.assert(
      fc.property(kind, anyMinutes, instant, fc.integer({ min: 0, max: 3 * 3600_000 }), (k, m, at, later) => {
        const t = start(k, m, at);
        const back = parseTimer(JSON.parse(JSON.stringify(t)));
        expect(back).toEqual(t);
        if (!back) return;
        expect(remaining(back, at + later)).toBe(remaining(t, at + later));
        expect(phase(back, at + later)).toBe(phase(t, at + later));
      }),
    );
  });

  it('keeps a paused timer paused', () => {
    const t = pause(start('heat', 10, T0), T0 + MIN);
    expect(parseTimer(JSON.parse(JSON.stringify(t)))).toEqual(t);
  });

  it('refuses malformed data and re-caps an edited cold timer (CO-20)', () => {
    expect(parseTimer(null)).toBeNull();
    expect(parseTimer('x')).toBeNull();
    expect(parseTimer({ kind: 'sauna', startedAt: 1, plannedMs: 1, deadline: 2 })).toBeNull();
    expect(parseTimer({ kind: 'cold', startedAt: 1, plannedMs: 'a', deadline: 2 })).toBeNull();
    const edited = parseTimer({ kind: 'cold', startedAt: T0, plannedMs: 60 * MIN, deadline: T0 + 60 * MIN });
    expect(edited?.plannedMs).toBe(20 * MIN);
    expect(edited && remaining(edited, T0)).toBe(20 * MIN);
  });
});
