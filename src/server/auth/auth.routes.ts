import { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../http/types.ts';
import { parseJson } from '../http/validate.ts';
import {
  ChangePasswordSchema,
  LoginSchema,
  ResetConfirmSchema,
  ResetRequestSchema,
  SignupSchema,
} from './auth.schema.ts';
import type { AuthService } from './auth.service.ts';
import { csrfGuard, currentUser, requireUser, socketAddress } from './session.middleware.ts';
import {
  clearSessionCookie,
  clientAddress,
  readSessionToken,
  sessionIdOf,
  writeSessionCookie,
} from './session-cookie.ts';

/**
 * /auth/signup, /auth/login, /auth/logout, GET /auth/session, GET /me, and the password routes:
 * POST /auth/password (change), /auth/password-reset (ask for a link), /auth/password-reset/confirm.
 */
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
    const previous = readSessionToken(c, deps.config);
    const { user, token } = await auth.logIn(input, address(c), previous && sessionIdOf(previous));
    writeSessionCookie(c, deps.config, token);
    return c.json({ user });
  });

  app.post('/auth/logout', csrfGuard(deps.config), async (c) => {
    const token = readSessionToken(c, deps.config);
    if (token) await auth.logOut(sessionIdOf(token));
    clearSessionCookie(c, deps.config);
    return c.json({ ok: true });
  });

  app.post('/auth/password', requireUser(deps), async (c) => {
    const input = await parseJson(c, ChangePasswordSchema);
    await auth.changePassword(c.var.user, input);
    return c.body(null, 204);
  });

  // 202 whether or not the address has an account: the answer must not reveal who has one.
  app.post('/auth/password-reset', csrfGuard(deps.config), async (c) => {
    const { email } = await parseJson(c, ResetRequestSchema);
    await auth.requestReset(email, address(c));
    return c.body(null, 202);
  });

  app.post('/auth/password-reset/confirm', csrfGuard(deps.config), async (c) => {
    const input = await parseJson(c, ResetConfirmSchema);
    await auth.confirmReset(input);
    // Whoever was signed in on this browser is signed out with every other session.
    clearSessionCookie(c, deps.config);
    return c.body(null, 204);
  });

  app.get('/me', requireUser(deps), async (c) => c.json({ user: await auth.me(c.var.user.id) }));
  // The web app's "who am I?" at start: 200 with `user: null` when signed out, so a signed-out visit
  // logs no failed request in the browser console.
  app.get('/auth/session', async (c) => {
    const found = await currentUser(c, deps);
    return c.json({ user: found ? await auth.me(found.id) : null });
  });
  return app;
}
