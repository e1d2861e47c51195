import type { Timestamp } from './schema.ts';

/** A shared counter of attempts (log-ins, sign-ups, reset requests) under a hashed key. */
export interface AuthLimitsTable {
  key: string;
  count: number;
  window_start: Timestamp;
  blocked_until: Timestamp;
}

/** A password-reset link: SHA-256 of its token, single-use (`used_at`) and expiring. */
export interface PasswordResetsTable {
  id: string;
  user_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

/** The account tables of migration 20261203T010000-accounts. */
export interface AccountTables {
  auth_limits: AuthLimitsTable;
  password_resets: PasswordResetsTable;
}
