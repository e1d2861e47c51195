import { Hono } from 'hono';
import { z } from 'zod';
import { Instant } from '../../domain/contract/checkin.schema.ts';
import { ReminderSettingsSchema } from '../../domain/reminders/settings.ts';
import { requireUser } from '../auth/session.middleware.ts';
import { queryField } from '../http/query.ts';
import type { AppDeps, AppEnv } from '../http/types.ts';
import { parseJson, parseQuery } from '../http/validate.ts';
import { remindersRepository as repo } from './reminders.repository.ts';
import { settingsChanged } from './scheduler.ts';

const ListQuery = z.object({ from: queryField(Instant.optional()), to: queryField(Instant.optional()) });
const DAY = 86_400_000;

/** /reminders: settings and the person's upcoming and past reminders (contract v2, "Reminders"). */
export function remindersRoutes(deps: AppDeps, onScheduled: () => void): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('/reminders', requireUser(deps));
  app.use('/reminders/*', requireUser(deps));

  app.get('/reminders/settings', async (c) => c.json(await repo.settings(deps.db, c.var.user.id)));

  app.put('/reminders/settings', async (c) => {
    const settings = await parseJson(c, ReminderSettingsSchema);
    const now = deps.clock();
    await deps.db.transaction().execute(async (tx) => {
      await repo.saveSettings(tx, c.var.user.id, settings, now);
      await settingsChanged(tx, c.var.user.id, settings, now);
    });
    onScheduled();
    return c.json(settings);
  });

  app.get('/reminders', async (c) => {
    const q = parseQuery(c, ListQuery);
    const now = deps.clock().getTime();
    const from = q.from ? new Date(q.from) : new Date(now - 7 * DAY);
    const to = q.to ? new Date(q.to) : new Date(now + 7 * DAY);
    const rows = await repo.list(deps.db, c.var.user.id, from, to);
    return c.json({
      items: rows.map((r) => ({
        id: String(r.id),
        kind: r.kind,
        dueAt: r.due_at.toISOString(),
        status: r.status,
        sentAt: r.sent_at?.toISOString() ?? null,
        attempts: r.attempts,
        lastError: r.status === 'failed' ? r.last_error : null,
        title: r.payload.title,
      })),
    });
  });
  return app;
}
