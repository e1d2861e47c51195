import { authRoutes } from './auth/auth.routes.ts';
import { AuthService } from './auth/auth.service.ts';
import { checkinsRoutes } from './care/checkins.routes.ts';
import { CheckinsService } from './care/checkins.service.ts';
import { eventsRoutes } from './care/events.routes.ts';
import { EventsService } from './care/events.service.ts';
import type { AppDeps } from './http/types.ts';
import { insightModule } from './insight/insight.module.ts';
import type { ServerModule } from './modules.ts';
import { coreExporters } from './privacy/core-exporters.ts';
import { privacyRoutes } from './privacy/privacy.routes.ts';
import { profileModule } from './profile/profile.routes.ts';
import { remindersModule } from './reminders/reminders.module.ts';

/**
 * Every feature module, in mount order: accounts, the care log, then `extra` areas (booking), then
 * privacy last because its export walks every module's exporters.
 */
export function allModules(extra: readonly ServerModule[]): ServerModule[] {
  // One AuthService per app: the log-in limits it holds must be shared by /auth and DELETE /me.
  const services = new WeakMap<AppDeps, AuthService>();
  const authOf = (deps: AppDeps) => {
    const existing = services.get(deps);
    if (existing) return existing;
    const created = new AuthService(deps);
    services.set(deps, created);
    return created;
  };
  const core: ServerModule[] = [
    { name: 'auth', routes: (deps) => authRoutes(deps, authOf(deps)), exporters: coreExporters },
    { name: 'events', routes: (deps) => eventsRoutes(deps, new EventsService(deps)) },
    { name: 'checkins', routes: (deps) => checkinsRoutes(deps, new CheckinsService(deps)) },
    profileModule,
    remindersModule(),
    insightModule(),
  ];
  const before = [...core, ...extra];
  const exporters = before.flatMap((m) => m.exporters ?? []);
  const privacy: ServerModule = {
    name: 'privacy',
    routes: (deps) =>
      privacyRoutes(
        deps,
        authOf(deps),
        exporters,
        before.flatMap((m) => m.erasers ?? []),
      ),
  };
  return [...before, privacy];
}
