import { Hono } from 'hono';
import { requireUser } from '../auth/session.middleware.ts';
import type { AppDeps, AppEnv } from '../http/types.ts';
import { parseJson, parseQuery } from '../http/validate.ts';
import { fhirBundle } from './fhir.ts';
import { InsightQuery, PegSchema, ReportQuery } from './insight.schema.ts';
import type { InsightService } from './insight.service.ts';
import { REPORT_CSP, reportHtml } from './report-html.ts';

/** /insights, /reports/clinician, /me/fhir and the weekly PEG (/peg). */
export function insightRoutes(deps: AppDeps, insight: InsightService): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  for (const path of ['/insights', '/reports/*', '/me/fhir', '/peg']) app.use(path, requireUser(deps));

  app.get('/insights', async (c) =>
    c.json(await insight.insights(c.var.user.id, parseQuery(c, InsightQuery))),
  );

  app.get('/reports/clinician', async (c) => {
    const q = parseQuery(c, ReportQuery);
    const summary = await insight.report(c.var.user.id, q.days, q.tz);
    const html = reportHtml(summary, { name: c.var.user.name, generatedAt: deps.clock().toISOString() });
    return c.body(html, 200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Security-Policy': REPORT_CSP,
    });
  });

  app.get('/me/fhir', async (c) => {
    const user = c.var.user;
    const { events, peg } = await insight.fhirData(user.id);
    const bundle = fhirBundle({ id: user.id, name: user.name }, events, peg, deps.clock());
    const stamp = deps.clock().toISOString().slice(0, 10);
    return c.body(JSON.stringify(bundle), 200, {
      'Content-Type': 'application/fhir+json; charset=utf-8',
      'Content-Disposition': `attachment; filename="unknot-fhir-${stamp}.json"`,
      'Cache-Control': 'no-store',
    });
  });

  app.get('/peg', async (c) => c.json(await insight.pegStatus(c.var.user.id)));
  app.post('/peg', async (c) =>
    c.json(await insight.addPeg(c.var.user.id, await parseJson(c, PegSchema)), 201),
  );
  return app;
}
