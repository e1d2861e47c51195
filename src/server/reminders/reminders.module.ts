import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { smtpMailer } from '../booking/messages/mailer.ts';
import type { DB } from '../db/schema.ts';
import type { AppEnv, Clock } from '../http/types.ts';
import { jobIntervalMs } from '../jobs/claim.ts';
import type { ServerModule } from '../modules.ts';
import { isTestEndpoint, testEndpointPrefixes } from '../push/endpoints.ts';
import { pushRoutes } from '../push/push.routes.ts';
import { PushSender } from '../push/push-sender.ts';
import { loadVapidKeys, type VapidKeys } from '../push/vapid.ts';
import { type DispatcherOptions, ReminderDispatcher } from './dispatcher.ts';
import { remindersExporters } from './reminders.exporters.ts';
import { remindersRoutes } from './reminders.routes.ts';

/** VAPID keys read once, lazily (a server that never pushes never touches them); a failed read is retried. */
export function lazyKeys(db: Kysely<DB>, env: NodeJS.ProcessEnv): () => Promise<VapidKeys> {
  let keys: Promise<VapidKeys> | undefined;
  return () => {
    keys ??= loadVapidKeys(db, env).catch((err: unknown) => {
      keys = undefined;
      throw err;
    });
    return keys;
  };
}

/**
 * The dispatcher as the server runs it: Web Push with the stored VAPID keys (test endpoints may use the CA in
 * UNKNOT_PUSH_TEST_CA), e-mail for visits when SMTP_URL is set.
 */
export function createDispatcher(
  db: Kysely<DB>,
  clock: Clock,
  env: NodeJS.ProcessEnv,
  extra: Partial<DispatcherOptions> = {},
  keys: () => Promise<VapidKeys> = lazyKeys(db, env),
): ReminderDispatcher {
  const testPrefixes = testEndpointPrefixes(env);
  let sender: Promise<PushSender> | undefined;
  const push = {
    send: async (...args: Parameters<PushSender['send']>) => {
      sender ??= keys().then(
        (k) =>
          new PushSender(k, {
            adminContact: env.UNKNOT_PUSH_CONTACT || 'mailto:admin@unknot.local',
            testCa: env.UNKNOT_PUSH_TEST_CA,
            isTestEndpoint: (e) => isTestEndpoint(e, testPrefixes),
          }),
      );
      return (await sender).send(...args);
    },
  };
  return new ReminderDispatcher({
    db,
    clock,
    push,
    mailer: env.SMTP_URL ? smtpMailer(env.SMTP_URL, env.MAIL_FROM) : undefined,
    intervalMs: jobIntervalMs(1000, env),
    ...extra,
  });
}

export interface RemindersModuleOptions {
  /** Run the dispatcher in this process (default: unless UNKNOT_REMINDER_WORKER=0). */
  readonly worker?: boolean;
  readonly env?: NodeJS.ProcessEnv;
}

/**
 * The reminders area: settings and list routes, Web Push keys and subscriptions, and the dispatcher that sends
 * due reminders (claimed once across processes, so every process may run one).
 */
export function remindersModule(options: RemindersModuleOptions = {}): ServerModule {
  return {
    name: 'reminders',
    exporters: remindersExporters,
    routes(deps) {
      const env = options.env ?? process.env;
      const keys = lazyKeys(deps.db, env);
      const dispatcher = createDispatcher(deps.db, deps.clock, env, {}, keys);
      if (options.worker ?? env.UNKNOT_REMINDER_WORKER !== '0') dispatcher.start();
      const app = new Hono<AppEnv>();
      app.route('/', pushRoutes(deps, { keys, testPrefixes: testEndpointPrefixes(env) }));
      app.route(
        '/',
        remindersRoutes(deps, () => dispatcher.kick()),
      );
      return app;
    },
  };
}
