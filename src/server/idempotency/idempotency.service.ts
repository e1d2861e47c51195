import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';
import { hasSqlState, SqlState } from '../db/sql-state.ts';
import { ConflictError, UnprocessableError, ValidationError } from '../http/errors.ts';
import type { Clock } from '../http/types.ts';
import { idempotencyRepository, type KeyClaim, type StoredKey } from './idempotency.repository.ts';

/** An answer to store and replay: the status and the JSON body. */
export interface Answer<T = unknown> {
  status: number;
  body: T;
}

/** The answer as sent: its JSON text, and whether it is a replay of a stored first answer. */
export interface SentAnswer {
  status: number;
  json: string;
  replayed: boolean;
}

/** Which request a key was first used for: user, key and a fingerprint of method, path and body. */
export interface IdempotentRequest {
  userId: string;
  /** The Idempotency-Key header; undefined runs `create` once, without storing an answer. */
  key: string | undefined;
  fingerprint: string;
}

/**
 * What the service reads of a request: method, path and a header. Structural, so the service depends on
 * no web framework (a Hono Context fits as it is) and can be driven from a job or a test alike.
 */
export interface RequestLike {
  req: { method: string; path: string; header(name: string): string | undefined };
}

const KEY = /^[\x21-\x7e]{1,200}$/;

/** The request's Idempotency-Key (printable ASCII, 1-200 chars), 400 when malformed. */
export function idempotencyKeyOf(c: RequestLike): string | undefined {
  const key = c.req.header('idempotency-key');
  if (key === undefined) return undefined;
  if (!KEY.test(key)) {
    throw new ValidationError('Invalid Idempotency-Key header.', [
      { path: 'Idempotency-Key', message: 'must be 1-200 printable ASCII characters' },
    ]);
  }
  return key;
}

/** JSON with object keys sorted, so `{a,b}` and `{b,a}` fingerprint alike. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** SHA-256 of method, path and canonical body. */
export function fingerprintOf(method: string, path: string, body: unknown): string {
  return createHash('sha256')
    .update(`${method} ${path}\n${canonical(body)}`)
    .digest('hex');
}

/** The stored first answer as a replay; 422 when the key was first used for another request. */
export function replay(stored: StoredKey, fingerprint: string): SentAnswer {
  if (stored.fingerprint !== fingerprint) {
    throw new UnprocessableError('This Idempotency-Key was already used for a different request.');
  }
  return { status: stored.status, json: stored.response, replayed: true };
}

/** The key row that stores `answer` (as JSON text) for replays of this request. */
function claimOf(
  request: IdempotentRequest & { key: string },
  answer: Answer<unknown>,
  clock: Clock,
  json = JSON.stringify(answer.body),
): KeyClaim {
  const { userId, key, fingerprint } = request;
  return { user_id: userId, key, fingerprint, status: answer.status, response: json, created_at: clock() };
}

function isKeyCollision(err: unknown): boolean {
  const constraint = (err as { constraint?: unknown }).constraint;
  return hasSqlState(err, SqlState.uniqueViolation) && constraint === 'idempotency_keys_pkey';
}

/**
 * Run a create at most once per (user, Idempotency-Key): the created rows and the stored answer are
 * written in ONE transaction, so the answer exists exactly when the rows do, and the caller sends it
 * only after COMMIT. A retry with the same key and request gets the first answer (same status and
 * body, `replayed: true`) and creates nothing; the same key with another request is a 422. Concurrent
 * retries race on the (user_id, key) primary key: the losers' transactions roll back and they replay
 * the winner's answer. Errors thrown by `create` roll back and store nothing (a retry runs again).
 *
 * @example
 * const sent = await runIdempotent(db, clock, { userId, key, fingerprint }, async (tx) => {
 *   const checkIn = await checkins.create(tx, userId, input);
 *   return { status: 201, body: checkIn };
 * });
 */
export async function runIdempotent<T>(
  db: Kysely<DB>,
  clock: Clock,
  request: IdempotentRequest,
  create: (tx: Transaction<DB>) => Promise<Answer<T>>,
): Promise<SentAnswer> {
  const { userId, key, fingerprint } = request;
  if (key === undefined) {
    const answer = await db.transaction().execute(create);
    return { status: answer.status, json: JSON.stringify(answer.body), replayed: false };
  }
  const earlier = await idempotencyRepository.find(db, userId, key);
  if (earlier) return replay(earlier, fingerprint);
  try {
    return await db.transaction().execute(async (tx) => {
      // Looked up again inside the transaction: on PGlite transactions run one at a time, so a retry
      // queued behind the first one sees its answer here and creates nothing.
      const stored = await idempotencyRepository.find(tx, userId, key);
      if (stored) return replay(stored, fingerprint);
      const answer = await create(tx);
      const claim = claimOf({ userId, key, fingerprint }, answer, clock);
      await idempotencyRepository.insert(tx, claim);
      return { status: answer.status, json: claim.response, replayed: false };
    });
  } catch (err) {
    if (!isKeyCollision(err)) throw err;
    const winner = await idempotencyRepository.find(db, userId, key);
    if (!winner) throw err;
    return replay(winner, fingerprint);
  }
}

/**
 * {@link runIdempotent} for creates that insert ONE row whose answer is known before the insert (the care
 * log's events, the busiest write). `insert` writes the row and, given a claim, the key row in the same
 * statement, the row only if the claim took (ON CONFLICT DO NOTHING), so both commit together: one round
 * trip and one commit instead of a five-statement transaction (and writes can share a statement, see
 * events.service.ts). It resolves true when it inserted. When the key was taken, the stored answer
 * replays (or 422 for another request).
 *
 * @example
 * const sent = await runIdempotentInsert(db, clock, request, { status: 201, body: event }, (claim) =>
 *   writes.submit({ row, claim }));
 */
export async function runIdempotentInsert<T>(
  db: Kysely<DB>,
  clock: Clock,
  request: IdempotentRequest,
  answer: Answer<T>,
  insert: (claim: KeyClaim | undefined) => Promise<boolean>,
): Promise<SentAnswer> {
  const { userId, key, fingerprint } = request;
  const json = JSON.stringify(answer.body);
  const sent = { status: answer.status, json, replayed: false };
  if (key === undefined) {
    await insert(undefined);
    return sent;
  }
  const claim = claimOf({ userId, key, fingerprint }, answer, clock, json);
  if (await insert(claim)) return sent;
  const stored = await idempotencyRepository.find(db, userId, key);
  // Claimed by a committed request that is gone again: only an erased account loses its keys.
  if (!stored) throw new ConflictError('This request changed while it ran. Please try again.');
  return replay(stored, fingerprint);
}

/** Fingerprints the request and reads its Idempotency-Key: what {@link runIdempotent} needs. */
export function idempotentRequestOf(c: RequestLike, userId: string, body: unknown): IdempotentRequest {
  return { userId, key: idempotencyKeyOf(c), fingerprint: fingerprintOf(c.req.method, c.req.path, body) };
}

/** The Response for a sent answer (`Idempotent-Replayed: true` on a replay). */
export function sentResponse(sent: SentAnswer): Response {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (sent.replayed) headers['Idempotent-Replayed'] = 'true';
  return new Response(sent.json, { status: sent.status, headers });
}

/**
 * The route-level helper: reads the Idempotency-Key header, fingerprints method + path + `body`, runs
 * `create` through {@link runIdempotent} and builds the Response (with `Idempotent-Replayed: true`
 * on a replay).
 *
 * @example
 * app.post('/events', requireUser(deps), async (c) => {
 *   const input = await parseJson(c, EventSchema);
 *   return idempotentResponse(c, deps, c.var.user.id, input, (tx) => service.create(tx, c.var.user.id, input));
 * });
 */
export async function idempotentResponse<T>(
  c: RequestLike,
  deps: { db: Kysely<DB>; clock: Clock },
  userId: string,
  body: unknown,
  create: (tx: Transaction<DB>) => Promise<Answer<T>>,
): Promise<Response> {
  const request = idempotentRequestOf(c, userId, body);
  return sentResponse(await runIdempotent(deps.db, deps.clock, request, create));
}
