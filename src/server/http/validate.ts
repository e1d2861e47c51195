import type { Context } from 'hono';
import type { z } from 'zod';
import { readBodyText } from './body-limit.ts';
import { type Issue, ValidationError } from './errors.ts';

/** Turn zod issues into the contract's dotted-path issues (`symptoms.2`, `log.ibuprofen.0.mg`). */
export function toIssues(error: z.ZodError): Issue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

// A UTF-16 surrogate half without its partner: JSON.parse accepts "\ud800", but it is no character, and
// PostgreSQL refuses it in text and jsonb (so it turned into a 500 when stored).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The dotted path of the first string (value or key) in `value` holding a lone surrogate, if any. */
export function loneSurrogatePath(value: unknown, path: string[] = []): string | undefined {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? path.join('.') : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, child] of Object.entries(value)) {
    if (LONE_SURROGATE.test(key)) return [...path, key].join('.');
    const found = loneSurrogatePath(child, [...path, key]);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Parse `value` with `schema` or throw a 400 naming every field at fault. */
export function parseWith<S extends z.ZodType>(
  schema: S,
  value: unknown,
  what = 'request body',
): z.output<S> {
  const bad = loneSurrogatePath(value);
  if (bad !== undefined) {
    throw new ValidationError(`Invalid ${what}.`, [
      { path: bad, message: 'contains an invalid character (a lone UTF-16 surrogate)' },
    ]);
  }
  const result = schema.safeParse(value);
  if (!result.success) throw new ValidationError(`Invalid ${what}.`, toIssues(result.error));
  return result.data;
}

/**
 * Read the JSON body and validate it. Malformed JSON is a 400 (not a 500); an oversized body was
 * already refused by the body limit.
 *
 * @example const input = await parseJson(c, EventSchema);
 */
export async function parseJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  const text = await readBodyText(c);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ValidationError('The request body is not valid JSON.', [
      { path: '', message: 'expected a JSON document' },
    ]);
  }
  return parseWith(schema, value);
}

/** Validate the query string (first value of each name). */
export function parseQuery<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  return parseWith(schema, c.req.query(), 'query');
}
