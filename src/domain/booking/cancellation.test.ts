import { describe, expect, it } from 'vitest';
import { cancellationDecision } from './cancellation.ts';

const start = '2026-06-10T10:00:00Z';

describe('cancellationDecision', () => {
  it('is free up to and including 24 h before by default, late after', () => {
    expect(cancellationDecision({ start, status: 'confirmed', now: '2026-06-09T10:00:00Z' })).toEqual({
      ok: true,
      late: false,
      freeUntil: '2026-06-09T10:00:00.000Z',
    });
    expect(cancellationDecision({ start, status: 'confirmed', now: '2026-06-09T10:00:01Z' })).toMatchObject({
      ok: true,
      late: true,
    });
  });

  it('uses the therapist setting when given', () => {
    expect(
      cancellationDecision({ start, status: 'confirmed', now: '2026-06-10T05:00:00Z', cancelFreeHours: 4 }),
    ).toMatchObject({ ok: true, late: false });
  });

  it('refuses a cancelled or started booking', () => {
    expect(cancellationDecision({ start, status: 'cancelled', now: '2026-06-01T00:00:00Z' })).toEqual({
      ok: false,
      reason: 'already_cancelled',
    });
    expect(cancellationDecision({ start, status: 'confirmed', now: start })).toEqual({
      ok: false,
      reason: 'already_started',
    });
  });
});
