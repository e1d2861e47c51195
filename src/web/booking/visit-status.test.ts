import { describe, expect, it } from 'vitest';
import { dueFollowUp, type FollowUp, followUpTitle, visitStage } from './visit-status.ts';

const NOW = Date.parse('2026-12-03T12:00:00Z');
const fu = (hours: number, dueAt: string, status: FollowUp['status'], answered = false): FollowUp => ({
  id: `f${hours}`,
  hours,
  dueAt,
  status,
  ...(answered ? { answeredAt: dueAt } : {}),
});

describe('visit card status', () => {
  it('upcoming, then in progress once started, completed once the therapist closes it, cancelled', () => {
    expect(visitStage({ status: 'confirmed', start: '2026-12-03T13:00:00Z' }, NOW)).toBe('upcoming');
    expect(visitStage({ status: 'confirmed', start: '2026-12-03T11:00:00Z' }, NOW)).toBe('in_progress');
    expect(visitStage({ status: 'completed', start: '2026-12-02T10:00:00Z' }, NOW)).toBe('completed');
    expect(
      visitStage(
        { status: 'confirmed', start: '2026-12-02T10:00:00Z', completedAt: '2026-12-02T11:00:00Z' },
        NOW,
      ),
    ).toBe('completed');
    expect(visitStage({ status: 'cancelled', start: '2026-12-02T10:00:00Z' }, NOW)).toBe('cancelled');
  });

  it('a follow-up is due from its time until answered; the time wins over a stale status', () => {
    const list = [fu(48, '2026-12-04T11:00:00Z', 'scheduled'), fu(24, '2026-12-03T11:00:00Z', 'scheduled')];
    expect(dueFollowUp(list, NOW)?.hours).toBe(24);
    expect(dueFollowUp(list, Date.parse('2026-12-03T10:00:00Z'))).toBeNull();
    expect(dueFollowUp([fu(24, '2026-12-03T11:00:00Z', 'due', true)], NOW)).toBeNull();
    expect(dueFollowUp([fu(24, '2026-12-03T11:00:00Z', 'done'), list[0] as FollowUp], NOW)).toBeNull();
    expect(dueFollowUp(undefined, NOW)).toBeNull();
  });

  it('titles a follow-up by its hours', () => {
    expect(followUpTitle(48)).toBe('48-hour follow-up');
  });
});
