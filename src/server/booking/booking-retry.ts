import { sqlStateOf } from '../db/sql-state.ts';
import { BookingError, RETRYABLE_SQL_STATES } from './booking.errors.ts';

/** Attempts of one booking transaction before a deadlock or serialization failure becomes a 409. */
export const MAX_ATTEMPTS = 5;

/**
 * Run a transaction again after a deadlock (40P01) or serialization failure (40001), which PostgreSQL
 * resolves by aborting one side: up to {@link MAX_ATTEMPTS} times with a short random back-off, then a
 * 409 `busy` (a loser gets a conflict, never a 500).
 */
export async function withTransactionRetry<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      const state = sqlStateOf(error);
      if (state === undefined || !RETRYABLE_SQL_STATES.has(state)) throw error;
      if (attempt >= MAX_ATTEMPTS) {
        throw new BookingError(
          409,
          'busy',
          'Many people are booking this therapist right now. Please try again.',
        );
      }
      // Jitter so the retried sides do not meet again in lockstep.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt));
    }
  }
}
