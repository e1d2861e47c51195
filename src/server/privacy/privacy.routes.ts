import { Hono } from 'hono';
import { z } from 'zod';
import { ConfirmPasswordSchema } from '../auth/auth.schema.ts';
import type { AuthService } from '../auth/auth.service.ts';
import { requireUser } from '../auth/session.middleware.ts';
import { clearSessionCookie } from '../auth/session-cookie.ts';
import { usersRepository } from '../auth/users.repository.ts';
import { ValidationError } from '../http/errors.ts';
import { queryField } from '../http/query.ts';
import type { AppDeps, AppEnv } from '../http/types.ts';
import { parseJson, parseQuery } from '../http/validate.ts';
import { toCsv } from './csv.ts';
import type { Eraser } from './eraser.ts';
import type { Exporter } from './exporter.ts';

const ExportQuery = z.object({
  format: queryField(z.enum(['json', 'csv']).default('json')),
  table: queryField(z.string().max(64).optional()),
});

/** GET /me/export (JSON, or CSV per table) and DELETE /me (erase everything after a password check). */
export function privacyRoutes(
  deps: AppDeps,
  auth: AuthService,
  exporters: readonly Exporter[],
  erasers: readonly Eraser[] = [],
): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('/me/export', requireUser(deps));

  app.get('/me/export', async (c) => {
    const q = parseQuery(c, ExportQuery);
    const userId = c.var.user.id;
    const stamp = deps.clock().toISOString().slice(0, 10);
    if (q.format === 'csv') {
      const exporter = exporters.find((e) => e.table === q.table);
      if (!exporter) {
        throw new ValidationError('Invalid query.', [
          { path: 'table', message: `must be one of ${exporters.map((e) => e.table).join(', ')}` },
        ]);
      }
      const csv = toCsv(await exporter.rows(deps.db, userId));
      return c.body(csv, 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="unknot-${exporter.table}-${stamp}.csv"`,
        'Cache-Control': 'no-store',
      });
    }
    const body: Record<string, unknown> = {
      exportedAt: deps.clock().toISOString(),
      tables: exporters.map((e) => e.table),
    };
    for (const exporter of exporters) {
      const rows = await exporter.rows(deps.db, userId);
      body[exporter.table] = exporter.table === 'account' ? (rows[0] ?? null) : rows;
    }
    return c.json(body, 200, {
      'Content-Disposition': `attachment; filename="unknot-export-${stamp}.json"`,
      'Cache-Control': 'no-store',
    });
  });

  app.delete('/me', requireUser(deps), async (c) => {
    const { password } = await parseJson(c, ConfirmPasswordSchema);
    await auth.confirmPassword(c.var.user, password);
    // Every personal table references users(id) ON DELETE CASCADE: one delete erases it all, after the
    // areas' erasers removed what the cascade cannot reach, in one transaction (an eraser may refuse).
    const user = c.var.user;
    await deps.db.transaction().execute(async (trx) => {
      for (const eraser of erasers) await eraser.erase(trx, { id: user.id, role: user.role }, deps.clock());
      await usersRepository.delete(trx, user.id);
    });
    clearSessionCookie(c, deps.config);
    return c.json({ deleted: true });
  });
  return app;
}
