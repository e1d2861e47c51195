import { isoOrNull } from '../db/instants.ts';
import type { ServerModule } from '../modules.ts';
import type { Exporter } from '../privacy/exporter.ts';
import { sharesRoutes } from '../shares/shares.routes.ts';
import { SharesService } from '../shares/shares.service.ts';
import { insightRoutes } from './insight.routes.ts';
import { InsightService } from './insight.service.ts';

/** Personal data of the insight area for GET /api/v1/me/export (never a share's token hash). */
export const insightExporters: Exporter[] = [
  {
    table: 'peg_answers',
    async rows(db, userId) {
      const rows = await db
        .selectFrom('peg_answers')
        .select(['id', 'at', 'pain', 'enjoyment', 'activity', 'created_at'])
        .where('user_id', '=', userId)
        .orderBy('at')
        .execute();
      return rows.map((r) => ({ ...r, at: isoOrNull(r.at), created_at: isoOrNull(r.created_at) }));
    },
  },
  {
    table: 'shares',
    async rows(db, userId) {
      const rows = await db
        .selectFrom('shares')
        .select(['id', 'scope', 'report_days', 'time_zone', 'created_at', 'expires_at', 'revoked_at'])
        .where('user_id', '=', userId)
        .orderBy('created_at')
        .execute();
      return rows.map((r) => ({
        ...r,
        scope: r.scope.join(' '),
        created_at: isoOrNull(r.created_at),
        expires_at: isoOrNull(r.expires_at),
        revoked_at: isoOrNull(r.revoked_at),
      }));
    },
  },
  {
    table: 'share_accesses',
    async rows(db, userId) {
      const rows = await db
        .selectFrom('share_accesses')
        .innerJoin('shares', 'shares.id', 'share_accesses.share_id')
        .select(['share_accesses.share_id', 'share_accesses.at'])
        .where('shares.user_id', '=', userId)
        .orderBy('share_accesses.at')
        .execute();
      return rows.map((r) => ({ share_id: r.share_id, at: isoOrNull(r.at) }));
    },
  },
];

/** The insight area as a server module: what helps me, the clinician report, FHIR, the weekly PEG and shares. */
export function insightModule(): ServerModule {
  return {
    name: 'insight',
    exporters: insightExporters,
    routes(deps) {
      const insight = new InsightService(deps);
      const app = insightRoutes(deps, insight);
      app.route('/', sharesRoutes(deps, new SharesService(deps, insight)));
      return app;
    },
  };
}
