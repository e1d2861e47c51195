/**
 * A strict UUID shape for ids taken from a path: 8-4-4-4-12 hex digits. PostgreSQL's uuid type refuses
 * anything else (22P02), so an id of the right length but the wrong shape ("------…", 36 hex digits) must be
 * answered 404 before it reaches SQL, not turned into a server error.
 */
export const UUID_PATTERN = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

const UUID = new RegExp(`^${UUID_PATTERN}$`);

/** Whether `value` is a UUID in its canonical 8-4-4-4-12 hex form (any version, either case). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
