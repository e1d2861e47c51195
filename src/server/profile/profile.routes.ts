import { Hono } from 'hono';
import { HealthProfileSchema } from '../../domain/checkin-flow/health-profile.schema.ts';
import { requireUser } from '../auth/session.middleware.ts';
import { refuseFuture } from '../care/not-future.ts';
import type { AppDeps, AppEnv } from '../http/types.ts';
import { parseJson } from '../http/validate.ts';
import type { ServerModule } from '../modules.ts';
import type { Exporter } from '../privacy/exporter.ts';
import { profileRepository } from './profile.repository.ts';

/**
 * /me/health-profile: the remembered check-in answers of the signed-in person, kept on the account so they follow
 * the person to another phone. GET answers `{ profile: null }` before the first PUT; PUT replaces it whole; DELETE
 * forgets it. Erasing the account (DELETE /me) erases it too: the row references users(id) ON DELETE CASCADE.
 */
export function profileRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('/me/health-profile', requireUser(deps));
  app.get('/me/health-profile', async (c) => {
    const found = await profileRepository.find(deps.db, c.var.user.id);
    return c.json({ profile: found?.profile ?? null });
  });
  app.put('/me/health-profile', async (c) => {
    const profile = await parseJson(c, HealthProfileSchema);
    // A confirmation dated ahead would postpone the 30-day review; an episode dated ahead is not yet real.
    refuseFuture(deps.clock(), {
      confirmedAt: profile.confirmedAt,
      'episode.onsetAt': profile.episode?.onsetAt,
    });
    await profileRepository.upsert(deps.db, c.var.user.id, profile, deps.clock());
    return c.json({ profile });
  });
  app.delete('/me/health-profile', async (c) => {
    await profileRepository.delete(deps.db, c.var.user.id);
    return c.body(null, 204);
  });
  return app;
}

/** GET /me/export: the remembered answers, as stored. */
export const profileExporters: Exporter[] = [
  {
    table: 'health_profile',
    async rows(db, userId) {
      const found = await profileRepository.find(db, userId);
      return found ? [{ ...found.profile, updatedAt: found.updatedAt.toISOString() }] : [];
    },
  },
];

/** The area, for the module list in routes.ts. */
export const profileModule: ServerModule = {
  name: 'profile',
  routes: profileRoutes,
  exporters: profileExporters,
};
