import { describe, expect, it } from 'vitest';
import { assess } from '../assess.ts';
import { emptyCareLog } from '../plan/care-log.ts';
import { BASE_CHECKIN } from '../triage/checkin.fixture.ts';
import { type FollowUpContext, followUpCheckIn, followUpStatus, worseAfterVisit } from './follow-up.ts';

const ctx = (over: Partial<FollowUpContext> = {}): FollowUpContext => ({
  at: '2026-12-05T10:00:00.000Z',
  massageAt: '2026-12-03T09:00:00.000Z',
  hours: 48,
  latest: null,
  painBefore: 4,
  log: emptyCareLog(),
  ...over,
});

describe('follow-up triage', () => {
  it('a red flag in a follow-up gets the same emergency as a check-in', () => {
    const c = followUpCheckIn({ painScore: 3, soreness: 2, symptoms: ['saddle_numbness'] }, ctx());
    expect(assess(c).triage.level).toBe('emergency');
    expect(c.massageAt).toBe('2026-12-03T09:00:00.000Z');
  });

  it('takes area and age from the latest check-in and the trend from the pain before', () => {
    const latest = { ...BASE_CHECKIN, area: 'neck' as const, age: 33 };
    const c = followUpCheckIn({ painScore: 6, soreness: 2, symptoms: [] }, ctx({ latest }));
    expect([c.area, c.age, c.trend]).toEqual(['neck', 33, 'worse']);
  });

  it('pain higher at 48 h than before the visit says when to see a clinician (RF-POST-MASSAGE-LONG)', () => {
    const worse = worseAfterVisit({ painScore: 6, soreness: 5, symptoms: [] }, ctx());
    expect(worse?.fact).toBe('RF-POST-MASSAGE-LONG');
    expect(worse?.seeClinicianBy).toBe('2026-12-06T09:00:00.000Z');
    expect(worseAfterVisit({ painScore: 4, soreness: 5, symptoms: [] }, ctx())).toBeNull();
    expect(worseAfterVisit({ painScore: 6, soreness: 5, symptoms: [] }, ctx({ hours: 24 }))).toBeNull();
  });

  it('status: scheduled, then due, then done', () => {
    expect(followUpStatus(100, false, 99)).toBe('scheduled');
    expect(followUpStatus(100, false, 100)).toBe('due');
    expect(followUpStatus(100, true, 0)).toBe('done');
  });
});
