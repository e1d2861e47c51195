import { describe, expect, it } from 'vitest';
import { parseRebook, rebookPath, suggestedRebookFrom } from './rebook.ts';

const visit = { start: '2026-12-02T10:00:00.000Z', end: '2026-12-02T11:00:00.000Z' };

describe('rebooking the same therapist', () => {
  it('suggests two weeks after the visit', () => {
    expect(suggestedRebookFrom(visit, Date.parse('2026-12-03T12:00:00Z'))).toBe('2026-12-16T11:00:00.000Z');
  });

  it('never before the 72 h rule nor before now', () => {
    // A visit whose end is long before its start + 72 h can only come from odd data; the rule still holds.
    const odd = { start: '2026-12-02T10:00:00.000Z', end: '2026-11-01T11:00:00.000Z' };
    expect(suggestedRebookFrom(odd, Date.parse('2026-12-02T12:00:00Z'))).toBe('2026-12-05T10:00:00.000Z');
    const now = Date.parse('2027-01-10T08:00:00Z');
    expect(suggestedRebookFrom(visit, now)).toBe(new Date(now).toISOString());
  });

  it('the link carries the therapist and the day, and reads back', () => {
    const path = rebookPath('6d0c9a4e-7b1f-4c1e-9f3a-000000000001', '2026-12-16T11:00:00.000Z');
    expect(path.startsWith('/book?therapist=6d0c9a4e')).toBe(true);
    expect(parseRebook(`#${path}`)).toEqual({
      therapistId: '6d0c9a4e-7b1f-4c1e-9f3a-000000000001',
      from: '2026-12-16T11:00:00.000Z',
    });
  });

  it('ignores other pages, missing or odd ids and bad dates', () => {
    expect(parseRebook('#/book')).toBeNull();
    expect(parseRebook('#/plan?therapist=abc')).toBeNull();
    expect(parseRebook('#/book?therapist=../x')).toBeNull();
    expect(parseRebook('#/book?therapist=abc&from=soon')).toEqual({ therapistId: 'abc', from: null });
  });
});
