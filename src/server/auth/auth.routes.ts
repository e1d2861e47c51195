import { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../http/types.ts';
import { parseJson } from '../http/validate.ts';
import { LoginSchema, SignupSchema } from './auth.schema.ts';
import type { AuthService } from './auth.service.ts';
import { csrfGuard, requireUser, socketAddress } from './session.middleware.ts';
import {
  clearSessionCookie,
  clientAddress,
  readSessionToken,
  sessionIdOf,
  writeSessionCookie,
} from './session-cookie.ts';

/** /auth/signup, /auth/login, /auth/logout and GET /me. */
export function authRoutes(deps: AppDeps, auth: AuthService): Hono<AppEnv> {
  const address = (c: Parameters<typeof socketAddress>[0]) =>
    clientAddress(c, deps.config, () => socketAddress(c));
  const app = new Hono<AppEnv>();

  app.post('/auth/signup', csrfGuard(deps.config), async (c) => {
    const input = await parseJson(c, SignupSchema);
    const { user, token } = await auth.signUp(input, address(c));
    writeSessionCookie(c, deps.config, token);
    return c.json({ user }, 201);
  });

  app.post('/auth/login', csrfGuard(deps.config), async (c) => {
    const input = await parseJson(c, LoginSchema);
    const previous = readSessionToken(c);
    const { user, token } = await auth.logIn(input, address(c), previous && sessionIdOf(previous));
    writeSessionCookie(c, deps.config, token);
    return c.json({ user });
  });

  app.post('/auth/logout', csrfGuard(deps.config), async (c) => {
    const token = readSessionToken(c);
    if (token) await auth.logOut(sessionIdOf(token));
    clearSessionCookie(c, deps.config);
    return c.json({ ok: true });
  });

  app.get('/me', requireUser(deps), async (c) => c.json({ user: await auth.me(c.var.user.id) }));
  return app;
}
