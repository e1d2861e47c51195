/**
 * Typed HTTP-facing errors. Services throw these; one `onError` (./on-error.ts) maps them to a status
 * and the contract's `{ error: { message, issues } }` body (house rule 5).
 */

/** One field at fault: `path` is dotted (`symptoms.2`, `log.ibuprofen.0.mg`), empty for the whole body. */
export interface Issue {
  path: string;
  message: string;
}

/** A stable `error.code` (contract v2) and extra fields of the error body (e.g. `availableAt`). */
export interface AppErrorOptions {
  readonly code?: string;
  readonly details?: Record<string, unknown>;
}

/** Base of every error the API answers on purpose. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly issues: Issue[] = [],
    readonly headers: Record<string, string> = {},
    readonly options: AppErrorOptions = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** 400: the request is not what the endpoint accepts. */
export class ValidationError extends AppError {
  constructor(message: string, issues: Issue[] = []) {
    super(400, message, issues);
  }
}

/** 401: not signed in, or the credentials are wrong (deliberately generic). */
export class UnauthorizedError extends AppError {
  constructor(message = 'Please sign in.') {
    super(401, message);
  }
}

/** 403: signed in but not allowed (wrong role, cross-site request). */
export class ForbiddenError extends AppError {
  constructor(message = 'This action is not allowed.') {
    super(403, message);
  }
}

/** 404: missing, or belongs to someone else (never reveal which). */
export class NotFoundError extends AppError {
  constructor(message = 'Not found.') {
    super(404, message);
  }
}

/** 409: the request conflicts with the current state (duplicate, slot taken). */
export class ConflictError extends AppError {
  constructor(message: string) {
    super(409, message);
  }
}

/** 413: body over the limit. */
export class PayloadTooLargeError extends AppError {
  constructor(limitBytes: number) {
    super(413, `The request body is larger than ${Math.round(limitBytes / 1024)} KB.`);
  }
}

/** 422: understood but cannot be processed (e.g. an Idempotency-Key reused with another body). */
export class UnprocessableError extends AppError {
  constructor(message: string) {
    super(422, message);
  }
}

/** 429: too many attempts; `retryAfterSeconds` goes into the Retry-After header. */
export class TooManyRequestsError extends AppError {
  constructor(retryAfterSeconds: number, message = 'Too many attempts. Please wait and try again.') {
    super(429, message, [], { 'Retry-After': String(Math.max(1, Math.ceil(retryAfterSeconds))) });
  }
}
