/**
 * The browser's clock in one place. Plain `Date`, so end-to-end tests control it with Playwright's
 * `page.clock` (install / fastForward) instead of a hand-made override.
 */

/** The current instant. */
export function now(): Date {
  return new Date();
}

/** The current instant as an ISO 8601 string with `Z`, as the API expects. */
export function nowIso(): string {
  return now().toISOString();
}

/** Milliseconds since the epoch. */
export function nowMs(): number {
  return Date.now();
}
