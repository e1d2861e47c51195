import { AppError, type Issue } from '../http/errors.ts';

/** The stable `error.code` values of the booking API (what the web app shows a message for). */
export type BookingErrorCode =
  | 'therapist_only'
  | 'client_only'
  | 'not_found'
  | 'checkin_required'
  | 'red_flag'
  | 'massage_not_yet'
  | 'postcode_not_served'
  | 'invalid_postcode'
  | 'slot_taken'
  | 'busy'
  | 'already_cancelled'
  | 'already_started'
  | 'invalid_json'
  | 'therapist_has_visits'
  | (string & {});

/**
 * A booking error: an AppError with a stable `code` (contract v2), so the one onError (http/on-error.ts)
 * answers `{ error: { message, code, issues, ...details } }`, e.g. `availableAt` with `massage_not_yet`.
 */
export class BookingError extends AppError {
  constructor(
    status: 400 | 403 | 404 | 409 | 422,
    code: BookingErrorCode,
    message: string,
    details: Record<string, unknown> = {},
    issues: Issue[] = [],
  ) {
    super(status, message, { code, issues, extra: details });
  }
}

/** PostgreSQL's exclusion_violation: the database refused an overlapping booking. */
export const EXCLUSION_VIOLATION = '23P01';
/** serialization_failure and deadlock_detected: the transaction may simply be run again. */
export const RETRYABLE_SQL_STATES: ReadonlySet<string> = new Set(['40001', '40P01']);
