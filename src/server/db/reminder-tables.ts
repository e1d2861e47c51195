import type { ColumnType, Generated, Selectable } from 'kysely';
import type { DefaultTimestamp, Json, Timestamp } from './schema.ts';

export type ReminderKind =
  | 'nextDose'
  | 'coldAgain'
  | 'heatOff'
  | 'stretchBreaks'
  | 'bedtime'
  | 'followUp'
  | 'visit';
export type ReminderStatus = 'scheduled' | 'sent' | 'failed' | 'cancelled' | 'collapsed';

/** What a reminder says and where its notification action leads. */
export interface ReminderPayload {
  title: string;
  body: string;
  /** In-app path the notification's action opens (e.g. `/log`). */
  url: string;
  /** The action button's label ("Log dose"). */
  action: string;
  /** Also by e-mail (visits). */
  email?: boolean;
}

export interface RemindersTable {
  id: Generated<string>;
  user_id: string;
  kind: ReminderKind;
  /** Unique: scheduling the same reminder twice (two processes, a replayed hook) makes one row. */
  dedupe_key: string;
  /** The event, booking or check-in it came from; editing or deleting that cancels it. */
  source_id: string | null;
  due_at: Timestamp;
  /** When a worker may next take it: the due instant, then later for quiet hours and retries. */
  run_at: Timestamp;
  /** After this instant it is no longer useful: collapsed, not sent. */
  expires_at: Timestamp | null;
  status: ColumnType<ReminderStatus, ReminderStatus | undefined, ReminderStatus>;
  payload: Json<ReminderPayload>;
  attempts: ColumnType<number, number | undefined, number>;
  locked_until: Timestamp | null;
  last_error: string | null;
  sent_at: Timestamp | null;
  created_at: DefaultTimestamp;
}

export interface ReminderSettingsTable {
  user_id: string;
  settings: Json<Record<string, unknown>>;
  updated_at: DefaultTimestamp;
}

export interface PushSubscriptionsTable {
  id: Generated<string>;
  user_id: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  created_at: DefaultTimestamp;
}

export interface PushVapidKeysTable {
  id: number;
  public_key: string;
  private_jwk: Json<JsonWebKey>;
  created_at: DefaultTimestamp;
}

/** The reminders part of the schema: what falls due, each person's settings, push subscriptions, VAPID keys. */
export interface ReminderTables {
  reminders: RemindersTable;
  reminder_settings: ReminderSettingsTable;
  push_subscriptions: PushSubscriptionsTable;
  push_vapid_keys: PushVapidKeysTable;
}

export type ReminderRow = Selectable<RemindersTable>;
