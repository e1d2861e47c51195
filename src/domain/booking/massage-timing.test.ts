import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayAndTime, massageAllowedAt, massageTiming, offsetMinutesOf } from './massage-timing.ts';

const H = 3_600_000;
const at = Date.parse('2026-12-03T10:00:00Z');

describe('massageTiming (MA-AGAIN, RF-POST-MASSAGE-LONG)', () => {
  it('waits 72 h after a recent massage, then allows it', () => {
    const t = massageTiming({ atMs: at, massageMs: at - 10 * H, level: 'self_care', flagIds: [] });
    expect(t).toEqual({ kind: 'from', availableAtMs: at + 62 * H });
    expect(massageAllowedAt(t, at + 62 * H - 1)).toBe(false);
    expect(massageAllowedAt(t, at + 62 * H)).toBe(true);
  });
  it('allows a massage now with no massage, an old one, or one dated after the check-in', () => {
    for (const massageMs of [null, Number.NaN, at - 73 * H, at + H]) {
      expect(massageTiming({ atMs: at, massageMs, level: 'doctor', flagIds: [] })).toEqual({ kind: 'now' });
    }
  });
  it('refuses until a doctor has looked at lasting soreness, and with any emergency or urgent flag', () => {
    expect(
      massageTiming({
        atMs: at,
        massageMs: at - 100 * H,
        level: 'doctor',
        flagIds: ['RF-POST-MASSAGE-LONG'],
      }),
    ).toEqual({ kind: 'see_doctor' });
    expect(massageTiming({ atMs: at, massageMs: null, level: 'urgent', flagIds: [] })).toEqual({
      kind: 'red_flag',
    });
    expect(massageAllowedAt({ kind: 'see_doctor' }, at + 1000 * H)).toBe(false);
  });
  it('never allows a visit inside the 72 h after a massage (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 72 * H - 1 }),
        fc.integer({ min: 0, max: 72 * H - 1 }),
        (ago, later) => {
          const t = massageTiming({ atMs: at, massageMs: at - ago, level: 'self_care', flagIds: [] });
          const start = at - ago + later;
          return !massageAllowedAt(t, start) || start >= at - ago + 72 * H;
        },
      ),
    );
  });
});

describe('dayAndTime', () => {
  it('names the day in the check-in own offset', () => {
    expect(offsetMinutesOf('2026-12-03T10:00:00+01:00')).toBe(60);
    expect(offsetMinutesOf('2026-12-03T10:00:00-05:30')).toBe(-330);
    expect(offsetMinutesOf('2026-12-03T10:00:00Z')).toBe(0);
    expect(dayAndTime(Date.parse('2026-12-05T22:09:00Z'), 0)).toBe('Saturday 5 December, 22:09');
    expect(dayAndTime(Date.parse('2026-12-05T22:09:00Z'), 120)).toBe('Sunday 6 December, 00:09');
  });
});
