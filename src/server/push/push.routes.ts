import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { requireUser } from '../auth/session.middleware.ts';
import type { DB } from '../db/schema.ts';
import { ValidationError } from '../http/errors.ts';
import type { AppDeps, AppEnv } from '../http/types.ts';
import { parseJson } from '../http/validate.ts';
import { endpointProblem } from './endpoints.ts';
import type { VapidKeys } from './vapid.ts';

const b64url = (min: number, max: number) =>
  z
    .string()
    .regex(/^[A-Za-z0-9_-]+={0,2}$/, { message: 'must be base64url' })
    .min(min)
    .max(max);

/** The browser's PushSubscription JSON (extra fields such as expirationTime are ignored). */
export const PushSubscriptionSchema = z.object({
  endpoint: z.string().min(1).max(2048),
  keys: z.object({ p256dh: b64url(80, 100), auth: b64url(16, 32) }),
});
const EndpointSchema = z.object({ endpoint: z.string().min(1).max(2048) });

/** /push: the VAPID public key and the signed-in person's Web Push subscriptions (contract v2). */
export function pushRoutes(
  deps: AppDeps,
  push: { keys(): Promise<VapidKeys>; testPrefixes: readonly string[] },
): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const db: Kysely<DB> = deps.db;

  app.get('/push/key', async (c) => c.json({ publicKey: (await push.keys()).publicKey }));

  app.use('/push/subscriptions', requireUser(deps));
  app.post('/push/subscriptions', async (c) => {
    const sub = await parseJson(c, PushSubscriptionSchema);
    const problem = endpointProblem(sub.endpoint, push.testPrefixes);
    if (problem !== null)
      throw new ValidationError('Invalid request body.', [{ path: 'endpoint', message: problem }]);
    // An endpoint belongs to one browser: subscribing it again (another account on that device) moves it.
    await db
      .insertInto('push_subscriptions')
      .values({
        user_id: c.var.user.id,
        endpoint: sub.endpoint,
        p256dh: sub.keys.p256dh,
        auth: sub.keys.auth,
      })
      .onConflict((oc) =>
        oc
          .column('endpoint')
          .doUpdateSet({ user_id: c.var.user.id, p256dh: sub.keys.p256dh, auth: sub.keys.auth }),
      )
      .execute();
    return c.json({ endpoint: sub.endpoint }, 201);
  });
  app.delete('/push/subscriptions', async (c) => {
    const { endpoint } = await parseJson(c, EndpointSchema);
    await db
      .deleteFrom('push_subscriptions')
      .where('user_id', '=', c.var.user.id)
      .where('endpoint', '=', endpoint)
      .execute();
    return c.body(null, 204);
  });
  return app;
}
