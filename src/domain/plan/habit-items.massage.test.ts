import { describe, expect, it } from 'vitest';
import { makeCheckIn, shift } from '../triage/checkin.fixture.ts';
import { triage } from '../triage/triage.ts';
import { buildPlan } from './plan.ts';

// The plan's massage item and the booking gate share one rule (src/domain/booking/massage-timing.ts).

const HOUR = 3_600_000;

function massageItem(at: string, massageHoursAgo: number) {
  const c = makeCheckIn({ at, massageAt: shift(at, -massageHoursAgo * HOUR), onsetAt: shift(at, -2 * HOUR) });
  return buildPlan(c, triage(c)).items.find((i) => i.remedy === 'massage');
}

describe('massage item (MA-AGAIN)', () => {
  it('names the day and time of the next advised massage in the check-in own offset', () => {
    // Massage Thursday 09:00 +01:00 → next from Sunday 09:00 +01:00 (72 h).
    const m = massageItem('2026-12-03T19:00:00+01:00', 10);
    expect(m?.availableAt).toBe('2026-12-06T08:00:00Z');
    expect(m?.why).toContain('advised from Sunday 6 December, 09:00');
    expect(m?.steps[0]).toContain('Sunday 6 December, 09:00');
  });
  it('is available now when the last massage is over 72 h ago and the pain is new', () => {
    expect(massageItem('2026-12-03T19:00:00Z', 80)?.availableAt ?? null).toBeNull();
  });
});
