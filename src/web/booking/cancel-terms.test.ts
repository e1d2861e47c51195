import { expect, test } from 'vitest';
import { cancelTerms } from './cancel-terms.ts';

const base = { start: '2026-11-28T10:00:00Z', status: 'confirmed', zone: 'Europe/London', locale: 'en-GB' };

test('free before the cutoff, late after it, impossible once cancelled or started', () => {
  const free = cancelTerms({ ...base, now: '2026-11-26T10:00:00Z', cancelFreeHours: 24 });
  expect(free).toMatchObject({ possible: true, free: true });
  expect(free.text).toContain('Friday 27 November, 10:00');
  const late = cancelTerms({ ...base, now: '2026-11-27T10:00:01Z', cancelFreeHours: 24 });
  expect(late).toMatchObject({ possible: true, free: false });
  expect(late.text).toContain('less than 24 hours');
  // A therapist's own cutoff counts: 48 h makes the same moment late.
  expect(cancelTerms({ ...base, now: '2026-11-26T10:00:01Z', cancelFreeHours: 48 }).free).toBe(false);
  expect(cancelTerms({ ...base, status: 'cancelled', now: base.start, cancelFreeHours: 24 }).possible).toBe(
    false,
  );
  expect(cancelTerms({ ...base, now: base.start, cancelFreeHours: 24 }).possible).toBe(false);
});

test('with a price, "late" says what it costs', () => {
  const free = cancelTerms({ ...base, now: '2026-11-26T10:00:00Z', cancelFreeHours: 24, lateFee: '£70' });
  expect(free.text).toBe(
    'You can cancel for free until Friday 27 November, 10:00. After that, cancelling counts as late and costs £70.',
  );
  const late = cancelTerms({ ...base, now: '2026-11-27T12:00:00Z', cancelFreeHours: 24, lateFee: '£70' });
  expect(late.text).toBe(
    'It is less than 24 hours before the visit, so cancelling now counts as late and costs £70. You can still cancel.',
  );
});
