import { type RawBuilder, sql } from 'kysely';

/** An instant read from the database as the API writes it (`2026-03-02T15:00:00.000Z`), or null. */
export function isoOrNull(d: Date | null): string | null {
  return d === null ? null : d.toISOString();
}

/**
 * An instant column formatted by the database as the API writes it (`2026-03-02T15:00:00.000Z`), for JSON the
 * database builds: the same text as Date#toISOString, without parsing each instant in JavaScript.
 */
export function isoSql(column: string): RawBuilder<string> {
  return sql<string>`to_char(${sql.ref(column)} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}
