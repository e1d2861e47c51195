import type { ColumnType, Generated } from 'kysely';
import type { DefaultTimestamp, Timestamp } from './schema.ts';

/** Weekly PEG answers (IN-PEG): three 0-10 items. */
export interface PegAnswersTable {
  id: string;
  user_id: string;
  at: Timestamp;
  pain: number;
  enjoyment: number;
  activity: number;
  created_at: DefaultTimestamp;
}

/** A revocable link to the person's report; only the token's SHA-256 is stored. */
export interface SharesTable {
  id: string;
  user_id: string;
  token_hash: string;
  scope: ColumnType<string[], string[], string[]>;
  report_days: number;
  time_zone: string;
  created_at: DefaultTimestamp;
  expires_at: Timestamp;
  revoked_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

/** Each opening of a shared link, with its time. */
export interface ShareAccessesTable {
  id: Generated<string>;
  share_id: string;
  at: Timestamp;
}

/** The insight area's tables: the weekly PEG answers, and revocable report shares with their accesses. */
export interface InsightTables {
  peg_answers: PegAnswersTable;
  shares: SharesTable;
  share_accesses: ShareAccessesTable;
}
