import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { TooManyRequestsError } from '../http/errors.ts';
import type { Clock } from '../http/types.ts';
import { type LimitPolicy, limitKey, limitsRepository } from './limits.repository.ts';

const MINUTE = 60_000;

/**
 * The limits on the account endpoints, shared by every server process through the database.
 * - Per account: 10 failed log-ins free, then a wait of 15 s doubling to at most 1 min. A guesser gets a
 *   few dozen tries an hour; the real owner, whom a guesser can annoy but not shut out, waits a minute at
 *   most (a fixed 15-minute lock-out let anyone lock anyone out).
 * - Per address: 50 failed log-ins per 15 minutes, hard (a guesser spraying many accounts).
 * - Sign-ups: 1000 an hour per address (the contract asks that at least 200 pass: a clinic's shared Wi-Fi).
 * - Reset links: 30 requests an hour per address, 3 e-mails an hour per account (no inbox flooding).
 */
export const POLICIES = {
  loginAccount: { kind: 'progressive', free: 10, baseMs: 15_000, capMs: MINUTE, windowMs: 15 * MINUTE },
  loginAddress: { kind: 'window', limit: 50, windowMs: 15 * MINUTE },
  signupAddress: { kind: 'window', limit: 1000, windowMs: 60 * MINUTE },
  resetAddress: { kind: 'window', limit: 30, windowMs: 60 * MINUTE },
  resetAccount: { kind: 'window', limit: 3, windowMs: 60 * MINUTE },
} as const satisfies Record<string, LimitPolicy>;

export type LimitName = keyof typeof POLICIES;

/** Housekeeping every this many counted attempts (per process). */
const PRUNE_EVERY = 500;

/** Counting, checking and forgiving attempts under the policies above. */
export class AuthLimits {
  #hits = 0;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: Clock,
  ) {}

  /** Count an attempt; 429 with Retry-After when the key is over its limit (then nothing is counted). */
  async hit(name: LimitName, subject: string): Promise<void> {
    const now = this.clock();
    if (++this.#hits % PRUNE_EVERY === 0) await limitsRepository.prune(this.db, now);
    const result = await limitsRepository.hit(this.db, limitKey(name, subject), POLICIES[name], now);
    if (!result.allowed) throw new TooManyRequestsError(result.retryAfterMs / 1000);
  }

  /** Whether an attempt would be refused now (without counting one): for the reset e-mail per account. */
  async allowed(name: LimitName, subject: string): Promise<boolean> {
    const result = await limitsRepository.check(this.db, limitKey(name, subject), this.clock());
    return result.allowed;
  }

  /** 429 when the key is blocked now, without counting. */
  async check(name: LimitName, subject: string): Promise<void> {
    const result = await limitsRepository.check(this.db, limitKey(name, subject), this.clock());
    if (!result.allowed) throw new TooManyRequestsError(result.retryAfterMs / 1000);
  }

  /** Take back one attempt that succeeded. */
  undo(name: LimitName, subject: string): Promise<void> {
    return limitsRepository.undo(this.db, limitKey(name, subject), POLICIES[name]);
  }

  /** Forget every attempt of the key. */
  reset(name: LimitName, subject: string): Promise<void> {
    return limitsRepository.reset(this.db, limitKey(name, subject));
  }
}
