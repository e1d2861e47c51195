/** Millisecond helpers for the plan's time rules. Pure: every instant is passed in. */

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/**
 * Formats epoch milliseconds as an ISO 8601 instant in UTC (`2026-11-26T09:00:00Z`), dropping
 * milliseconds when they are zero so answers read like the contract's examples.
 */
export function toIso(ms: number): string {
  const iso = new Date(ms).toISOString();
  return iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso;
}

/** The later of two optional instants (null means "now"). */
export function laterOf(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}
