import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CheckIn } from '../contract/checkin.schema.ts';
import { arbCheckIn } from './checkin.arbitrary.ts';
import { makeCheckIn, shift } from './checkin.fixture.ts';
import {
  DAY_MS,
  HOUR_MS,
  IBUPROFEN_MAX_DAYS,
  longMeds,
  MENTHOL_MAX_DAYS,
  newOver50,
  noImprovement,
  postMassageLong,
  usedLongAndNow,
} from './derived-rules.ts';
import { triage } from './triage.ts';

const AT = '2026-11-26T09:00:00Z';
const ago = (ms: number) => shift(AT, -ms);
const flagIds = (c: CheckIn) => triage(c).flags.map((f) => f.id);

describe('RF-NEW-OVER-50', () => {
  it('50 is not over 50; 51 is, at level doctor', () => {
    expect(newOver50(makeCheckIn({ firstEpisode: true, age: 50 }))).toBe(false);
    expect(triage(makeCheckIn({ firstEpisode: true, age: 50 })).level).toBe('self_care');
    const at51 = triage(makeCheckIn({ firstEpisode: true, age: 51 }));
    expect(at51.level).toBe('doctor');
    expect(at51.flags.map((f) => f.id)).toEqual(['RF-NEW-OVER-50']);
  });

  it('needs a first episode', () => {
    expect(newOver50(makeCheckIn({ firstEpisode: false, age: 80 }))).toBe(false);
  });
});

describe('RF-NO-IMPROVEMENT', () => {
  const since = (ms: number, trend: CheckIn['trend'] = 'same') =>
    makeCheckIn({ at: AT, onsetAt: ago(ms), trend });

  it('exactly 21 days since onset is not yet a flag; a moment later it is', () => {
    expect(noImprovement(since(21 * DAY_MS))).toBe(false);
    expect(triage(since(21 * DAY_MS)).level).toBe('self_care');
    expect(noImprovement(since(21 * DAY_MS + 1))).toBe(true);
    expect(flagIds(since(21 * DAY_MS + 1))).toEqual(['RF-NO-IMPROVEMENT']);
    expect(triage(since(21 * DAY_MS + 1)).level).toBe('doctor');
  });

  it('after 21 days counts when the same or worse, not when getting better', () => {
    expect(noImprovement(since(30 * DAY_MS, 'worse'))).toBe(true);
    expect(noImprovement(since(30 * DAY_MS, 'better'))).toBe(false);
  });

  it('pain 9 or 10 getting worse counts at once; 8, or 9 holding steady, does not', () => {
    const pain = (painScore: number, trend: CheckIn['trend']) =>
      noImprovement(makeCheckIn({ painScore, trend }));
    expect(pain(9, 'worse')).toBe(true);
    expect(pain(10, 'worse')).toBe(true);
    expect(pain(8, 'worse')).toBe(false);
    expect(pain(10, 'same')).toBe(false);
  });

  it('"I can\'t cope" counts on day one', () => {
    expect(noImprovement(makeCheckIn({ symptoms: ['cant_cope'], trend: 'better' }))).toBe(true);
  });

  it('measures elapsed time, so a daylight-saving change does not move the boundary', () => {
    // Europe/London springs forward on 2026-03-29: 21 calendar days at the same wall-clock time is 21 days minus 1 h.
    const wallClock = makeCheckIn({ onsetAt: '2026-03-08T12:00:00+00:00', at: '2026-03-29T12:00:00+01:00' });
    expect(noImprovement(wallClock)).toBe(false);
    const elapsed = makeCheckIn({
      onsetAt: '2026-03-08T12:00:00+00:00',
      at: '2026-03-29T13:00:00.001+01:00',
    });
    expect(noImprovement(elapsed)).toBe(true);
  });
});

describe('RF-POST-MASSAGE-LONG', () => {
  /** Onset `afterMassage` ms after the massage, and `sinceOnset` ms before the check-in. */
  const case_ = (afterMassage: number, sinceOnset: number, trend: CheckIn['trend'] = 'same') => {
    const onsetAt = ago(sinceOnset);
    return makeCheckIn({ at: AT, onsetAt, massageAt: shift(onsetAt, -afterMassage), trend });
  };

  it('raises a doctor flag when onset came within 24 h of the massage and soreness has lasted over 72 h', () => {
    expect(postMassageLong(case_(6 * HOUR_MS, 80 * HOUR_MS))).toBe(true);
    const result = triage(case_(6 * HOUR_MS, 80 * HOUR_MS));
    expect(result.level).toBe('doctor');
    expect(result.flags.map((f) => f.id)).toEqual(['RF-POST-MASSAGE-LONG']);
  });

  it('exactly 72 h since onset is not yet a flag; a moment later it is', () => {
    expect(postMassageLong(case_(HOUR_MS, 72 * HOUR_MS))).toBe(false);
    expect(postMassageLong(case_(HOUR_MS, 72 * HOUR_MS + 1))).toBe(true);
  });

  it('onset exactly 24 h after the massage counts; a moment later it does not', () => {
    expect(postMassageLong(case_(24 * HOUR_MS, 100 * HOUR_MS))).toBe(true);
    expect(postMassageLong(case_(24 * HOUR_MS + 1, 100 * HOUR_MS))).toBe(false);
  });

  it('onset at the massage counts; onset before the massage does not', () => {
    expect(postMassageLong(case_(0, 100 * HOUR_MS))).toBe(true);
    expect(postMassageLong(case_(-1, 100 * HOUR_MS))).toBe(false);
  });

  it('does not apply when getting better or with no massage', () => {
    expect(postMassageLong(case_(HOUR_MS, 100 * HOUR_MS, 'better'))).toBe(false);
    expect(postMassageLong(case_(HOUR_MS, 100 * HOUR_MS, 'worse'))).toBe(true);
    expect(postMassageLong(makeCheckIn({ onsetAt: ago(100 * HOUR_MS), massageAt: null }))).toBe(false);
  });
});

describe('RF-LONG-MEDS', () => {
  const ibuprofen = (...times: number[]) =>
    makeCheckIn({
      at: AT,
      onsetAt: ago(30 * DAY_MS),
      trend: 'better',
      log: { ibuprofen: times.map((ms) => ({ at: ago(ms), mg: 200 })) },
    });
  const creams = (entries: [ms: number, ingredient: 'menthol' | 'capsaicin' | 'methyl_salicylate'][]) =>
    makeCheckIn({
      at: AT,
      onsetAt: ago(30 * DAY_MS),
      trend: 'better',
      log: { creams: entries.map(([ms, ingredient]) => ({ at: ago(ms), ingredient })) },
    });

  it('ibuprofen exactly 10 days ago and again in the last 24 h is a doctor flag', () => {
    expect(longMeds(ibuprofen(10 * DAY_MS, HOUR_MS))).toBe(true);
    const result = triage(ibuprofen(10 * DAY_MS, HOUR_MS));
    expect(result.level).toBe('doctor');
    expect(result.flags.map((f) => f.id)).toEqual(['RF-LONG-MEDS']);
  });

  it('ibuprofen 1 ms short of 10 days ago does not count as 10 days', () => {
    expect(longMeds(ibuprofen(10 * DAY_MS - 1, HOUR_MS))).toBe(false);
  });

  it('the recent dose counts up to exactly 24 h before the check-in, not earlier', () => {
    expect(longMeds(ibuprofen(12 * DAY_MS, 24 * HOUR_MS))).toBe(true);
    expect(longMeds(ibuprofen(12 * DAY_MS, 24 * HOUR_MS + 1))).toBe(false);
  });

  it('needs both an old and a recent dose', () => {
    expect(longMeds(ibuprofen(HOUR_MS, 2 * HOUR_MS))).toBe(false);
    expect(longMeds(ibuprofen(11 * DAY_MS, 5 * DAY_MS))).toBe(false);
  });

  it('ignores log entries after the check-in', () => {
    expect(
      longMeds(
        makeCheckIn({
          at: AT,
          log: {
            ibuprofen: [
              { at: ago(11 * DAY_MS), mg: 200 },
              { at: shift(AT, HOUR_MS), mg: 200 },
            ],
          },
        }),
      ),
    ).toBe(false);
  });

  it('menthol exactly 7 days ago and again in the last 24 h is a flag; 1 ms short is not', () => {
    expect(
      longMeds(
        creams([
          [7 * DAY_MS, 'menthol'],
          [2 * HOUR_MS, 'menthol'],
        ]),
      ),
    ).toBe(true);
    expect(
      longMeds(
        creams([
          [7 * DAY_MS - 1, 'menthol'],
          [2 * HOUR_MS, 'menthol'],
        ]),
      ),
    ).toBe(false);
    expect(
      longMeds(
        creams([
          [8 * DAY_MS, 'menthol'],
          [24 * HOUR_MS + 1, 'menthol'],
        ]),
      ),
    ).toBe(false);
  });

  it('only menthol counts among creams, and products do not mix', () => {
    expect(
      longMeds(
        creams([
          [8 * DAY_MS, 'capsaicin'],
          [HOUR_MS, 'capsaicin'],
        ]),
      ),
    ).toBe(false);
    expect(
      longMeds(
        creams([
          [8 * DAY_MS, 'menthol'],
          [HOUR_MS, 'methyl_salicylate'],
        ]),
      ),
    ).toBe(false);
    const mixed = makeCheckIn({
      at: AT,
      log: {
        creams: [{ at: ago(8 * DAY_MS), ingredient: 'menthol' }],
        ibuprofen: [{ at: ago(HOUR_MS), mg: 400 }],
      },
    });
    expect(longMeds(mixed)).toBe(false);
  });
});

describe('RF-LONG-MEDS over the parsed log', () => {
  /** The rule as written in words, with Date.parse: an independent reference for the fast paths. */
  const plain = (entries: readonly { at: string }[], at: string, days: number) => {
    const now = Date.parse(at);
    const times = entries.map((e) => Date.parse(e.at));
    return times.some((t) => t <= now - days * DAY_MS) && times.some((t) => t >= now - DAY_MS && t <= now);
  };

  it('agrees with the plain rule over the raw entries for any check-in (longMeds and usedLongAndNow)', () => {
    fc.assert(
      fc.property(arbCheckIn, (c) => {
        const menthol = c.log.creams.filter((e) => e.ingredient === 'menthol');
        const expected =
          plain(c.log.ibuprofen, c.at, IBUPROFEN_MAX_DAYS) || plain(menthol, c.at, MENTHOL_MAX_DAYS);
        expect(longMeds(c)).toBe(expected);
        expect(
          usedLongAndNow(c.log.ibuprofen, c.at, IBUPROFEN_MAX_DAYS) ||
            usedLongAndNow(menthol, c.at, MENTHOL_MAX_DAYS),
        ).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
