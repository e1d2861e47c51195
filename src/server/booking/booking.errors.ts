/**
 * Typed errors of the booking service; booking.routes.ts maps them to HTTP in one place. `code` is what the
 * web app shows a message for (issue 5: checkin_required, red_flag, slot_taken…).
 */
export class BookingError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 409 | 422,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'BookingError';
  }
}

/** PostgreSQL's exclusion_violation: the database refused an overlapping booking. */
export const EXCLUSION_VIOLATION = '23P01';

/** Whether an error thrown by pg or PGlite carries the given SQLSTATE. */
export function hasSqlState(error: unknown, code: string): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    (error as { code: unknown }).code === code
  );
}
