import { describe, expect, it } from 'vitest';
import { correctable, pastVisits, trendPoints } from './past-visits.ts';

const at = (iso: string) => Date.parse(iso);

describe('pastVisits', () => {
  it('lists started visits, to complete first, then completed, newest first; never cancelled or future', () => {
    const list = [
      { id: 'done-old', status: 'completed', start: '2026-03-01T10:00:00Z' },
      { id: 'open', status: 'confirmed', start: '2026-03-05T10:00:00Z' },
      { id: 'done-new', status: 'completed', start: '2026-03-04T10:00:00Z' },
      { id: 'cancelled', status: 'cancelled', start: '2026-03-03T10:00:00Z' },
      { id: 'ahead', status: 'confirmed', start: '2026-03-09T10:00:00Z' },
    ];
    expect(pastVisits(list, at('2026-03-05T10:30:00Z')).map((b) => b.id)).toEqual([
      'open',
      'done-new',
      'done-old',
    ]);
  });
});

describe('correctable', () => {
  it('holds for 24 h after completion only', () => {
    const b = { status: 'completed', start: '2026-03-01T10:00:00Z', completedAt: '2026-03-01T11:00:00Z' };
    expect(correctable(b, at('2026-03-02T10:59:00Z'))).toBe(true);
    expect(correctable(b, at('2026-03-02T11:00:00Z'))).toBe(false);
    expect(correctable({ ...b, status: 'confirmed' }, at('2026-03-01T12:00:00Z'))).toBe(false);
  });
});

describe('trendPoints', () => {
  it('runs from the pain before the visit through the answered follow-ups in order', () => {
    const points = trendPoints(6, [
      { hours: 48, answers: { painScore: 2 } },
      { hours: 24, answers: { painScore: 4 } },
    ]);
    expect(points).toEqual([
      { label: 'before', value: 6 },
      { label: '24 h', value: 4 },
      { label: '48 h', value: 2 },
    ]);
    expect(trendPoints(null, [{ hours: 24 }])).toEqual([]);
  });
});
