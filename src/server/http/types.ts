import type { Kysely } from 'kysely';
import type { AccountMailer } from '../auth/account-mail.ts';
import type { AppConfig } from '../config.ts';
import type { DB } from '../db/schema.ts';

/** The current instant; injected so tests can move time and domain code never reads the real clock. */
export type Clock = () => Date;

/** What every route module gets: the database, the clock and the settings. */
export interface AppDeps {
  db: Kysely<DB>;
  clock: Clock;
  config: AppConfig;
  /** Account e-mails (reset links, sign-up notices); default: SMTP from the config. Tests pass a list. */
  accountMailer?: AccountMailer;
}

/** The signed-in person, as the session middleware puts it on the context. */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: 'client' | 'therapist';
  /** The session row id (SHA-256 of the cookie token). */
  sessionId: string;
}

/** Hono environment shared by every router. */
export interface AppEnv {
  Variables: {
    user: SessionUser;
  };
}
