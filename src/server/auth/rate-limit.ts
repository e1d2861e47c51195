import type { Clock } from '../http/types.ts';

/**
 * A sliding-window counter per key, in memory. Unknot runs as ONE process (PGlite is single-process
 * anyway), so this is exact; several processes behind a balancer would each count separately.
 */
export class RateLimiter {
  readonly #hits = new Map<string, number[]>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    readonly clock: Clock,
  ) {}

  #recent(key: string): number[] {
    const since = this.clock().getTime() - this.windowMs;
    const hits = (this.#hits.get(key) ?? []).filter((t) => t > since);
    if (hits.length === 0) this.#hits.delete(key);
    else this.#hits.set(key, hits);
    return hits;
  }

  /** Seconds until `key` may try again, or 0 when it is under the limit. */
  retryAfter(key: string): number {
    const hits = this.#recent(key);
    if (hits.length < this.limit) return 0;
    const oldest = hits[hits.length - this.limit] ?? this.clock().getTime();
    return Math.max(1, Math.ceil((oldest + this.windowMs - this.clock().getTime()) / 1000));
  }

  /** Count one attempt for `key`. */
  hit(key: string): void {
    const hits = this.#recent(key);
    hits.push(this.clock().getTime());
    this.#hits.set(key, hits);
    if (this.#hits.size > 100_000) this.#sweep();
  }

  /** Take back the latest attempt counted for `key` (one that turned out to succeed). */
  undo(key: string): void {
    const hits = this.#hits.get(key);
    hits?.pop();
    if (hits?.length === 0) this.#hits.delete(key);
  }

  /** Forget `key` (e.g. after a successful log-in). */
  reset(key: string): void {
    this.#hits.delete(key);
  }

  // Bound memory under a flood of distinct keys: drop every key whose window has passed.
  #sweep(): void {
    for (const key of [...this.#hits.keys()]) this.#recent(key);
  }
}
