import type { ColumnType } from 'kysely';
import type { AftercareTables } from '../aftercare/aftercare-tables.ts';
import type { ProfileTables } from '../profile/profile-tables.ts';
import type { AccountTables } from './account-tables.ts';
import type { BookingTables } from './booking-tables.ts';
import type { InsightTables } from './insight-tables.ts';
import type { ReminderTables } from './reminder-tables.ts';

/** A timestamptz column: read as Date, written as Date or ISO string. */
export type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** A timestamptz column with a database default: optional on insert. */
export type DefaultTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** A jsonb column holding T. */
export type Json<T> = ColumnType<T, string, string>;

export interface UsersTable {
  id: string;
  email: string;
  password_hash: string;
  name: string;
  role: 'client' | 'therapist';
  created_at: DefaultTimestamp;
}

export interface SessionsTable {
  /** SHA-256 (hex) of the cookie token: a leaked table does not leak sessions. */
  id: string;
  user_id: string;
  created_at: DefaultTimestamp;
  expires_at: Timestamp;
}

export interface EventsTable {
  id: string;
  user_id: string;
  kind: string;
  at: Timestamp;
  /** Kind-specific fields (validated by src/server/care/event.schema.ts). */
  data: Json<Record<string, unknown>>;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
}

export interface CheckinsTable {
  id: string;
  user_id: string;
  at: Timestamp;
  level: 'self_care' | 'doctor' | 'urgent' | 'emergency';
  check_in: Json<Record<string, unknown>>;
  assessment: Json<Record<string, unknown>>;
  created_at: DefaultTimestamp;
}

export interface IdempotencyKeysTable {
  user_id: string;
  key: string;
  /** SHA-256 of method, path and body: the same key with another request is refused. */
  fingerprint: string;
  status: number;
  /** The first answer's JSON text, replayed byte for byte. */
  response: string;
  created_at: DefaultTimestamp;
}

/** The core tables (accounts, care log, idempotency). */
export interface CoreTables {
  users: UsersTable;
  sessions: SessionsTable;
  events: EventsTable;
  checkins: CheckinsTable;
  idempotency_keys: IdempotencyKeysTable;
}

/** Every table Kysely knows. Other areas extend it through their own interface (see booking-tables.ts). */
export interface DB
  extends CoreTables,
    BookingTables,
    AccountTables,
    ProfileTables,
    ReminderTables,
    InsightTables,
    AftercareTables {}
