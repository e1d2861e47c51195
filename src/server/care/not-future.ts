import { type Issue, ValidationError } from '../http/errors.ts';

/** How far ahead of the server's clock a stored instant may lie: phone clocks drift a little, not more. */
export const FUTURE_SLACK_MS = 5 * 60 * 1000;

/**
 * Refuse (400, one issue per field) stored instants more than 5 minutes after `now`. A check-in or event dated in
 * the future would hide a real red flag from the booking gate, and a dose sent with a wrong offset would not count
 * towards the ibuprofen interlock (IB-DOSE) until its claimed time came.
 *
 * @example refuseFuture(clock(), { at: input.at }); // throws ValidationError with path `at`
 */
export function refuseFuture(now: Date, fields: Record<string, string | undefined>): void {
  const latest = now.getTime() + FUTURE_SLACK_MS;
  const issues: Issue[] = [];
  for (const [path, instant] of Object.entries(fields)) {
    if (instant !== undefined && Date.parse(instant) > latest) {
      issues.push({ path, message: 'must not be more than 5 minutes in the future' });
    }
  }
  if (issues.length > 0) throw new ValidationError('Invalid request body.', issues);
}
