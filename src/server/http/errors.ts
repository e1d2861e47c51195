/**
 * Typed HTTP-facing errors. Services throw these; one `onError` (./on-error.ts) maps them to a status
 * and the contract's `{ error: { message, code?, issues } }` body, so every refusal has one shape.
 */

/** One field at fault: `path` is dotted (`symptoms.2`, `log.ibuprofen.0.mg`), empty for the whole body. */
export interface Issue {
  path: string;
  message: string;
}

/** What an AppError may carry besides its status and message. */
export interface AppErrorOptions {
  /** A stable, machine-readable reason (`slot_taken`, `checkin_required`…) the web app keys its text on. */
  code?: string;
  issues?: Issue[];
  headers?: Record<string, string>;
  /** Extra fields merged into the `error` object of the body (e.g. a list of conflicting visits). */
  extra?: Record<string, unknown>;
}

/**
 * Base of every error the API answers on purpose.
 *
 * @example throw new AppError(409, 'That time was just taken.', { code: 'slot_taken' });
 */
export class AppError extends Error {
  readonly code: string | undefined;
  readonly issues: Issue[];
  readonly headers: Record<string, string>;
  readonly extra: Record<string, unknown>;

  /** The third argument is the options, or (older call sites) the issues with the headers as a fourth. */
  constructor(
    readonly status: number,
    message: string,
    options: AppErrorOptions | Issue[] = {},
    headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = new.target.name;
    const opts: AppErrorOptions = Array.isArray(options) ? { issues: options, headers } : options;
    this.code = opts.code;
    this.issues = opts.issues ?? [];
    this.headers = { ...headers, ...opts.headers };
    this.extra = opts.extra ?? {};
  }
}

/** 400: the request is not what the endpoint accepts. */
export class ValidationError extends AppError {
  constructor(message: string, issues: Issue[] = [], code?: string) {
    super(400, message, { issues, code });
  }
}

/** 401: not signed in, or the credentials are wrong (deliberately generic). */
export class UnauthorizedError extends AppError {
  constructor(message = 'Please sign in.', code?: string) {
    super(401, message, { code });
  }
}

/** 403: signed in but not allowed (wrong role, cross-site request). */
export class ForbiddenError extends AppError {
  constructor(message = 'This action is not allowed.', code?: string) {
    super(403, message, { code });
  }
}

/** 404: missing, or belongs to someone else (never reveal which). */
export class NotFoundError extends AppError {
  constructor(message = 'Not found.', code?: string) {
    super(404, message, { code });
  }
}

/** 409: the request conflicts with the current state (duplicate, slot taken). */
export class ConflictError extends AppError {
  constructor(message: string, code?: string) {
    super(409, message, { code });
  }
}

/** 413: body over the limit. */
export class PayloadTooLargeError extends AppError {
  constructor(limitBytes: number) {
    super(413, `The request body is larger than ${Math.round(limitBytes / 1024)} KB.`, {
      code: 'payload_too_large',
    });
  }
}

/** 415: the body is not JSON (a form or text post must not reach a JSON endpoint). */
export class UnsupportedMediaTypeError extends AppError {
  constructor() {
    super(415, 'Send the request body as JSON (Content-Type: application/json).', {
      code: 'unsupported_media_type',
    });
  }
}

/** 422: understood but cannot be processed (e.g. an Idempotency-Key reused with another body). */
export class UnprocessableError extends AppError {
  constructor(message: string, code?: string) {
    super(422, message, { code });
  }
}

/** 429: too many attempts; `retryAfterSeconds` goes into the Retry-After header. */
export class TooManyRequestsError extends AppError {
  constructor(retryAfterSeconds: number, message = 'Too many attempts. Please wait and try again.') {
    super(429, message, {
      code: 'too_many_attempts',
      headers: { 'Retry-After': String(Math.max(1, Math.ceil(retryAfterSeconds))) },
    });
  }
}

/** 503: a dependency (the database, its disk) is not answering; the client should retry later. */
export class ServiceUnavailableError extends AppError {
  constructor(message: string, code = 'unavailable', retryAfterSeconds = 5) {
    super(503, message, { code, headers: { 'Retry-After': String(retryAfterSeconds) } });
  }
}
