import { describe, expect, it } from 'vitest';
import { BookingError } from './booking.errors.ts';
import { MAX_ATTEMPTS, withTransactionRetry } from './booking-retry.ts';

const sqlError = (code: string) => Object.assign(new Error('database said no'), { code });

describe('withTransactionRetry', () => {
  it('runs a transaction again after a deadlock or serialization failure', async () => {
    let calls = 0;
    const result = await withTransactionRetry(async () => {
      calls++;
      if (calls === 1) throw sqlError('40P01');
      if (calls === 2) throw sqlError('40001');
      return 'booked';
    });
    expect([result, calls]).toEqual(['booked', 3]);
  });

  it('answers 409 busy (never a 500) when every attempt deadlocks', async () => {
    let calls = 0;
    const error = await withTransactionRetry(async () => {
      calls++;
      throw sqlError('40P01');
    }).catch((e: unknown) => e);
    expect(calls).toBe(MAX_ATTEMPTS);
    expect(error).toBeInstanceOf(BookingError);
    expect(error).toMatchObject({ status: 409, code: 'busy' });
  });

  it('passes any other error on at once', async () => {
    let calls = 0;
    const error = await withTransactionRetry(async () => {
      calls++;
      throw sqlError('23505');
    }).catch((e: unknown) => e);
    expect([calls, (error as { code: string }).code]).toEqual([1, '23505']);
  });
});
