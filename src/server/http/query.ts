import { z } from 'zod';

/** `2026-11-26T00:00:00 01:00`: a date-time whose `+` offset arrived as a space (an unencoded `+` in a URL). */
const SPACE_OFFSET = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?) (\d{2}(?::?\d{2})?)$/;

/**
 * Normalise one query-string value: an empty value (`?from=&to=`, the contract's own templates) counts as
 * absent, and an instant whose `+` offset a form or hand-typed URL left unencoded (so it decoded as a space)
 * gets its `+` back.
 */
export function fromQuery(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  if (value === '') return undefined;
  const m = SPACE_OFFSET.exec(value);
  return m ? `${m[1]}+${m[2]}` : value;
}

/**
 * Wrap the schema of one query parameter so it reads {@link fromQuery}'s normalised value. Every query schema
 * builds its fields with this, so `?from=` and `from=...T00:00:00 01:00` behave the same everywhere.
 *
 * @example const Q = z.object({ from: queryField(Instant.optional()) });
 */
export function queryField<S extends z.ZodType>(schema: S) {
  return z.preprocess(fromQuery, schema);
}
