import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { hasSqlState, SqlState } from '../db/sql-state.ts';
import { AppError, UnauthorizedError, ValidationError } from '../http/errors.ts';
import type { AppDeps } from '../http/types.ts';
import { type AccountMailer, accountMailer, sendInBackground } from './account-mail.ts';
import type {
  ChangePasswordInput,
  LoginInput,
  PublicUser,
  ResetConfirmInput,
  SignupInput,
} from './auth.schema.ts';
import { AuthLimits } from './auth-limits.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { passwordProblem } from './password-policy.ts';
import { passwordResetsRepository } from './password-resets.repository.ts';
import { newSessionToken, SESSION_TTL_MS, sessionIdOf } from './session-cookie.ts';
import { sessionsRepository } from './sessions.repository.ts';
import { usersRepository } from './users.repository.ts';

/** One generic answer for a wrong password and an unknown email: never reveal which. */
const BAD_CREDENTIALS = 'The email or password is not right.';

/** Reset links work for one hour, once. */
export const RESET_TTL_MS = 60 * 60 * 1000;

/** A new session: the token for the cookie. */
export interface Issued {
  user: PublicUser;
  token: string;
}

function toPublic(row: {
  id: string;
  email: string;
  name: string;
  role: PublicUser['role'];
  created_at: Date;
}) {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    createdAt: row.created_at.toISOString(),
  } satisfies PublicUser;
}

async function startSession(db: Kysely<DB>, userId: string, now: Date): Promise<string> {
  const session = newSessionToken();
  await sessionsRepository.insert(db, {
    id: session.id,
    user_id: userId,
    created_at: now,
    expires_at: new Date(now.getTime() + SESSION_TTL_MS),
  });
  return session.token;
}

/**
 * Sign-up, log-in, log-out, password change and reset. The limits on them live in the database
 * (auth-limits.ts), so they hold across server processes and restarts.
 */
export class AuthService {
  readonly limits: AuthLimits;
  readonly #mailer: AccountMailer;

  constructor(private readonly deps: AppDeps) {
    this.limits = new AuthLimits(deps.db, deps.clock);
    this.#mailer = deps.accountMailer ?? accountMailer(deps.config);
  }

  /** Where links in e-mails point: the configured public address, never the request's Host header. */
  #baseUrl(): string {
    const { publicUrl, host, port } = this.deps.config;
    return publicUrl ?? `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
  }

  /** 400 naming `field` when the password is too short or easy to guess. */
  async #checkStrength(field: string, password: string, personal: string[]): Promise<void> {
    const problem = await passwordProblem(password, personal);
    if (problem) {
      throw new ValidationError(
        'Please choose a stronger password.',
        [{ path: field, message: problem }],
        'weak_password',
      );
    }
  }

  /**
   * Sign up. An e-mail that already has an account gets the very same answer as a new one (201, a user
   * and a session cookie), so the form cannot be used to find out who has an account; the owner is told
   * by e-mail instead. That cookie opens no session (see docs/api.md, "Sign-up and existing accounts").
   */
  async signUp(input: SignupInput, address: string): Promise<Issued> {
    await this.limits.hit('signupAddress', address);
    await this.#checkStrength('password', input.password, [input.email, input.name]);
    const { db, clock } = this.deps;
    const row = {
      id: randomUUID(),
      email: input.email,
      password_hash: await hashPassword(input.password),
      name: input.name,
      role: input.role,
      created_at: clock(),
    };
    try {
      const token = await db.transaction().execute(async (tx) => {
        await usersRepository.insert(tx, row);
        return startSession(tx, row.id, row.created_at);
      });
      return { user: toPublic(row), token };
    } catch (err) {
      if (!hasSqlState(err, SqlState.uniqueViolation)) throw err;
    }
    sendInBackground(this.#mailer, {
      to: input.email,
      subject: 'Someone tried to sign up to Unknot with your e-mail address',
      text: [
        'Someone (perhaps you) tried to create a new Unknot account with this e-mail address, which already has one.',
        '',
        `If it was you, log in at ${this.#baseUrl()}/#/account, or set a new password at ${this.#baseUrl()}/#/reset-password.`,
        'If it was not you, you need do nothing: your account and its data are unchanged.',
      ].join('\n'),
    });
    return { user: toPublic(row), token: newSessionToken().token };
  }

  /** Log in; `previousSessionId` (the cookie sent, if any) is ended so the id rotates. */
  async logIn(input: LoginInput, address: string, previousSessionId: string | undefined): Promise<Issued> {
    // Counted before the slow password check, so a burst of parallel guesses cannot all pass the limit
    // while the first ones are still hashing; a success takes its counts back.
    await this.limits.hit('loginAddress', address);
    await this.limits.hit('loginAccount', input.email);
    const { db, clock } = this.deps;
    const user = await usersRepository.findByEmail(db, input.email);
    const ok = await verifyPassword(user?.password_hash ?? null, input.password);
    if (!user || !ok) throw new UnauthorizedError(BAD_CREDENTIALS);
    await this.limits.reset('loginAccount', input.email);
    await this.limits.undo('loginAddress', address);

    const now = clock();
    const token = await db.transaction().execute(async (tx) => {
      if (previousSessionId) await sessionsRepository.delete(tx, previousSessionId);
      await sessionsRepository.deleteExpired(tx, now);
      return startSession(tx, user.id, now);
    });
    return { user: toPublic(user), token };
  }

  logOut(sessionId: string): Promise<void> {
    return sessionsRepository.delete(this.deps.db, sessionId);
  }

  async me(userId: string): Promise<PublicUser> {
    const user = await usersRepository.findById(this.deps.db, userId);
    if (!user) throw new UnauthorizedError();
    return toPublic(user);
  }

  /**
   * Re-check the password of a signed-in person (before erasing an account, changing the password): 403
   * when wrong (not 401: the session itself is fine). Attempts count toward the account's log-in limit.
   */
  async confirmPassword(
    user: { id: string; email: string },
    password: string,
    field = 'password',
  ): Promise<void> {
    await this.limits.hit('loginAccount', user.email);
    const row = await usersRepository.findById(this.deps.db, user.id);
    const ok = await verifyPassword(row?.password_hash ?? null, password);
    if (!ok) {
      throw new AppError(403, 'The password is not right.', {
        code: 'wrong_password',
        issues: [{ path: field, message: 'is not right' }],
      });
    }
    await this.limits.reset('loginAccount', user.email);
  }

  /** Change the password; every other session of the person ends (a thief's included). */
  async changePassword(
    user: { id: string; email: string; name: string; sessionId: string },
    input: ChangePasswordInput,
  ): Promise<void> {
    await this.confirmPassword(user, input.currentPassword, 'currentPassword');
    await this.#checkStrength('newPassword', input.newPassword, [user.email, user.name]);
    const hash = await hashPassword(input.newPassword);
    const now = this.deps.clock();
    await this.deps.db.transaction().execute(async (tx) => {
      await usersRepository.setPasswordHash(tx, user.id, hash);
      await sessionsRepository.deleteOthers(tx, user.id, user.sessionId);
      await passwordResetsRepository.deleteFor(tx, user.id, now);
    });
  }

  /**
   * E-mail a reset link if `email` has an account. The caller answers 202 whatever happened, so the
   * endpoint does not reveal accounts. The token goes only into the e-mail; the database keeps its hash.
   */
  async requestReset(email: string, address: string): Promise<void> {
    await this.limits.hit('resetAddress', address);
    const { db, clock } = this.deps;
    const user = await usersRepository.findByEmail(db, email);
    if (!user || !(await this.limits.allowed('resetAccount', email))) return;
    await this.limits.hit('resetAccount', email);
    const now = clock();
    const link = newSessionToken();
    await passwordResetsRepository.insert(db, {
      id: link.id,
      user_id: user.id,
      created_at: now,
      expires_at: new Date(now.getTime() + RESET_TTL_MS),
    });
    sendInBackground(this.#mailer, {
      to: user.email,
      subject: 'Set a new Unknot password',
      text: [
        'Someone (we hope you) asked to set a new password for your Unknot account.',
        '',
        `Open this link within an hour to choose one (it works once): ${this.#baseUrl()}/#/reset-password/${link.token}`,
        '',
        'If you did not ask, ignore this e-mail: your password stays as it is.',
      ].join('\n'),
    });
  }

  /**
   * Set a new password from a reset link: the link is used up, every session of the person ends and
   * the account's failed log-ins are forgotten (the owner has just proved they read its mailbox).
   */
  async confirmReset(input: ResetConfirmInput): Promise<void> {
    const { db, clock } = this.deps;
    const id = sessionIdOf(input.token);
    const invalid = () =>
      new AppError(400, 'This reset link is used or out of date. Please ask for a new one.', {
        code: 'invalid_token',
        issues: [{ path: 'token', message: 'is used or out of date' }],
      });
    const userId = await passwordResetsRepository.findLive(db, id, clock());
    const user = userId && (await usersRepository.findById(db, userId));
    if (!user) throw invalid();
    // Checked before the link is used, so a refused password leaves the link working for a better one.
    await this.#checkStrength('newPassword', input.newPassword, [user.email, user.name]);
    const hash = await hashPassword(input.newPassword);
    const now = clock();
    await db.transaction().execute(async (tx) => {
      if ((await passwordResetsRepository.consume(tx, id, now)) !== user.id) throw invalid();
      await usersRepository.setPasswordHash(tx, user.id, hash);
      await sessionsRepository.deleteOthers(tx, user.id, null);
      await passwordResetsRepository.deleteFor(tx, user.id, now);
    });
    await this.limits.reset('loginAccount', user.email);
  }
}
