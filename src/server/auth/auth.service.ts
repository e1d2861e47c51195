import { randomUUID } from 'node:crypto';
import { ConflictError, ForbiddenError, TooManyRequestsError, UnauthorizedError } from '../http/errors.ts';
import type { AppDeps } from '../http/types.ts';
import type { LoginInput, PublicUser, SignupInput } from './auth.schema.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { RateLimiter } from './rate-limit.ts';
import { newSessionToken, SESSION_TTL_MS } from './session-cookie.ts';
import { sessionsRepository } from './sessions.repository.ts';
import { usersRepository } from './users.repository.ts';

const FIFTEEN_MIN = 15 * 60 * 1000;
/** One generic answer for a wrong password and an unknown email: never reveal which. */
const BAD_CREDENTIALS = 'The email or password is not right.';

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

/** Sign-up, log-in, log-out and password re-checks. Limits live in memory (one process). */
export class AuthService {
  /** Failed log-ins per account: 10 per 15 minutes. */
  readonly failuresByAccount: RateLimiter;
  /** Failed log-ins per address: 50 per 15 minutes. */
  readonly failuresByAddress: RateLimiter;
  /** Sign-ups per address: 1000 an hour (the contract asks that at least 200 pass). */
  readonly signupsByAddress: RateLimiter;

  constructor(private readonly deps: AppDeps) {
    this.failuresByAccount = new RateLimiter(10, FIFTEEN_MIN, deps.clock);
    this.failuresByAddress = new RateLimiter(50, FIFTEEN_MIN, deps.clock);
    this.signupsByAddress = new RateLimiter(1000, 60 * 60 * 1000, deps.clock);
  }

  async signUp(input: SignupInput, address: string): Promise<Issued> {
    const wait = this.signupsByAddress.retryAfter(address);
    if (wait > 0) throw new TooManyRequestsError(wait);
    this.signupsByAddress.hit(address);

    const { db, clock } = this.deps;
    const row = {
      id: randomUUID(),
      email: input.email,
      password_hash: await hashPassword(input.password),
      name: input.name,
      role: input.role,
      created_at: clock(),
    };
    const session = newSessionToken();
    try {
      await db.transaction().execute(async (tx) => {
        await usersRepository.insert(tx, row);
        await sessionsRepository.insert(tx, {
          id: session.id,
          user_id: row.id,
          created_at: row.created_at,
          expires_at: new Date(row.created_at.getTime() + SESSION_TTL_MS),
        });
      });
    } catch (err) {
      if ((err as { code?: string }).code === '23505') {
        throw new ConflictError('An account could not be created with this email. If it is yours, log in.');
      }
      throw err;
    }
    return { user: toPublic(row), token: session.token };
  }

  /** Log in; `previousSessionId` (the cookie sent, if any) is ended so the id rotates. */
  async logIn(input: LoginInput, address: string, previousSessionId: string | undefined): Promise<Issued> {
    const wait = Math.max(
      this.failuresByAccount.retryAfter(input.email),
      this.failuresByAddress.retryAfter(address),
    );
    if (wait > 0) throw new TooManyRequestsError(wait);

    // Count the attempt before the slow password check, so a burst of parallel guesses cannot all pass the
    // limit while the first ones are still hashing; a success takes its count back.
    this.failuresByAccount.hit(input.email);
    this.failuresByAddress.hit(address);
    const { db, clock } = this.deps;
    const user = await usersRepository.findByEmail(db, input.email);
    const ok = await verifyPassword(user?.password_hash ?? null, input.password);
    if (!user || !ok) throw new UnauthorizedError(BAD_CREDENTIALS);
    this.failuresByAccount.reset(input.email);
    this.failuresByAddress.undo(address);

    const now = clock();
    const session = newSessionToken();
    await db.transaction().execute(async (tx) => {
      if (previousSessionId) await sessionsRepository.delete(tx, previousSessionId);
      await sessionsRepository.deleteExpired(tx, now);
      await sessionsRepository.insert(tx, {
        id: session.id,
        user_id: user.id,
        created_at: now,
        expires_at: new Date(now.getTime() + SESSION_TTL_MS),
      });
    });
    return { user: toPublic(user), token: session.token };
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
   * Re-check the password of a signed-in person (before erasing an account): 403 when wrong (not 401:
   * the session itself is fine). Failures count toward the account's log-in limit.
   */
  async confirmPassword(user: { id: string; email: string }, password: string): Promise<void> {
    const wait = this.failuresByAccount.retryAfter(user.email);
    if (wait > 0) throw new TooManyRequestsError(wait);
    const row = await usersRepository.findById(this.deps.db, user.id);
    const ok = await verifyPassword(row?.password_hash ?? null, password);
    if (!ok) {
      this.failuresByAccount.hit(user.email);
      throw new ForbiddenError('The password is not right.');
    }
  }
}
