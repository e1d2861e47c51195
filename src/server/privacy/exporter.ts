import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

/** One row of an export: plain JSON values (instants as ISO strings). */
export type ExportRow = Record<string, unknown>;

/**
 * Reads one table's rows that belong to a person, for GET /api/v1/me/export. Each area registers one
 * per table holding personal data (see ServerModule.exporters). Never include secrets (hashes, tokens).
 */
export interface Exporter {
  /** Name in the export (JSON key, `?table=` for CSV). */
  table: string;
  rows(db: Kysely<DB>, userId: string): Promise<ExportRow[]>;
}
