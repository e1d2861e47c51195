/**
 * A small typed fetch wrapper for the Unknot API: JSON in and out, same-origin cookies, and one error type
 * carrying the server's `{ error: { message, issues } }` body so forms can show field messages.
 */

/** One field problem reported by the server. */
export interface FieldIssue {
  path: string;
  message: string;
}

/** A failed API call. `status` 0 means the network was unreachable (offline). */
export class ApiError extends Error {
  readonly status: number;
  readonly issues: FieldIssue[];
  /** The server's machine-readable reason when it sends one (e.g. booking's `slot_taken`, `red_flag`). */
  readonly code: string | undefined;
  constructor(status: number, message: string, issues: FieldIssue[] = [], code?: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.issues = issues;
    this.code = code;
  }

  /** True when the request never reached the server. */
  get offline(): boolean {
    return this.status === 0;
  }

  /** The message for one field, if the server named it. */
  issueFor(path: string): string | undefined {
    return this.issues.find((i) => i.path === path || i.path.startsWith(`${path}.`))?.message;
  }
}

/** Options for {@link api}. */
export interface ApiOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  headers?: Record<string, string>;
}

function isErrorBody(v: unknown): v is { error: { message?: unknown; issues?: unknown; code?: unknown } } {
  return (
    typeof v === 'object' && v !== null && 'error' in v && typeof v.error === 'object' && v.error !== null
  );
}

/**
 * Calls `/api/v1<path>` and returns the parsed JSON (undefined for 204). Throws {@link ApiError}.
 * @example const me = await api<Me>('/me');
 */
export async function api<T>(path: string, options: ApiOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(`/api/v1${path}`, {
      method: options.method ?? 'GET',
      credentials: 'same-origin',
      headers,
      body: options.body === undefined ? null : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError(0, 'You seem to be offline. This will work again when you reconnect.');
  }
  const text = await res.text();
  let data: unknown;
  try {
    data = text === '' ? undefined : JSON.parse(text);
  } catch {
    data = undefined;
  }
  if (!res.ok) {
    if (isErrorBody(data)) {
      const message =
        typeof data.error.message === 'string' ? data.error.message : `Request failed (${res.status})`;
      const issues = Array.isArray(data.error.issues)
        ? data.error.issues.filter(
            (i): i is FieldIssue => typeof i === 'object' && i !== null && 'path' in i && 'message' in i,
          )
        : [];
      const code = typeof data.error.code === 'string' ? data.error.code : undefined;
      throw new ApiError(res.status, message, issues, code);
    }
    throw new ApiError(res.status, `Something went wrong (${res.status}). Please try again.`);
  }
  return data as T;
}
