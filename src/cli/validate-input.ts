/**
 * Turns the text a person hands the CLI into resolved CheckIns: JSON first, then the contract's
 * CheckInSchema (zod). One object or an array of them. Errors carry field paths, e.g. `[1].painScore`.
 */
import { onsetAfterAt, resolveCheckIn } from '../domain/assess.ts';
import type { CheckIn } from '../domain/contract/checkin.schema.ts';
import { CheckInSchema, ONSET_AFTER_AT } from '../domain/contract/checkin.schema.ts';

/** One problem with the input, at a field path (empty for the whole input). */
export interface InputIssue {
  path: string;
  message: string;
}

/** The input was not valid JSON or not a valid CheckIn (exit code 2). */
export class InputError extends Error {
  constructor(
    message: string,
    readonly issues: InputIssue[],
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/** Writes a zod path as `log.ibuprofen[0].at`, prefixed with `[i]` for array input. */
export function formatPath(path: readonly PropertyKey[], prefix = ''): string {
  let out = prefix;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** The parsed check-ins, and whether the input was an array (so the output mirrors it). */
export interface ParsedInput {
  checkIns: CheckIn[];
  isArray: boolean;
}

/**
 * Parses and validates CLI input. `now` fills `at` where it is missing (contract: default now).
 * @throws {InputError} on invalid JSON or any schema issue, listing every issue found.
 */
export function parseCheckIns(text: string, now: Date): ParsedInput {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new InputError('The input is not valid JSON.', [{ path: '', message: why }]);
  }
  const isArray = Array.isArray(json);
  const items: unknown[] = isArray ? (json as unknown[]) : [json];
  if (isArray && items.length === 0) {
    throw new InputError('The input is an empty array.', [
      { path: '', message: 'expected at least one check-in' },
    ]);
  }
  const issues: InputIssue[] = [];
  const checkIns: CheckIn[] = [];
  items.forEach((item, i) => {
    const result = CheckInSchema.safeParse(item);
    if (result.success) {
      const checkIn = resolveCheckIn(result.data, now);
      if (onsetAfterAt(checkIn)) {
        issues.push({ path: formatPath(['onsetAt'], isArray ? `[${i}]` : ''), message: ONSET_AFTER_AT });
        return;
      }
      checkIns.push(checkIn);
      return;
    }
    for (const issue of result.error.issues) {
      issues.push({ path: formatPath(issue.path, isArray ? `[${i}]` : ''), message: issue.message });
    }
  });
  if (issues.length > 0) {
    const what = isArray ? 'Some check-ins are not valid.' : 'The check-in is not valid.';
    throw new InputError(what, issues);
  }
  return { checkIns, isArray };
}
