import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { Instant } from '../../domain/contract/checkin.schema.ts';
import { Batcher } from '../db/batcher.ts';
import type { DB } from '../db/schema.ts';
import { NotFoundError, ValidationError } from '../http/errors.ts';
import type { Clock } from '../http/types.ts';
import { parseWith } from '../http/validate.ts';
import {
  type IdempotentRequest,
  runIdempotentInsert,
  type SentAnswer,
} from '../idempotency/idempotency.service.ts';
import { reminderHooks } from '../reminders/hooks.ts';
import {
  type CareEvent,
  type EventInput,
  type EventListQuery,
  type EventPage,
  EventSchema,
} from './event.schema.ts';
import { type EventRow, eventsRepository, type NewEventWrite } from './events.repository.ts';
import { refuseFuture } from './not-future.ts';

/** Instants are kept to the millisecond (JS Date precision), so keyset cursors compare exactly. */
export function toMillisIso(instant: string): string {
  return new Date(instant).toISOString();
}

/** An events row as the API shows it: `{ id, kind, at, ...fields }`. */
export function toEvent(row: EventRow): CareEvent {
  // id, kind and at first; `data` never holds those keys (split() removes them, zod strips unknowns).
  return { id: row.id, kind: row.kind, at: row.at.toISOString(), ...row.data } as CareEvent;
}

/** Stored events may not lie in the future (sleep: neither bed nor wake time). */
function refuseFutureEvent(now: Date, e: EventInput): void {
  refuseFuture(now, e.kind === 'sleep' ? { at: e.at, bedAt: e.bedAt, wakeAt: e.wakeAt } : { at: e.at });
}

function split(input: EventInput): { kind: string; at: string; data: Record<string, unknown> } {
  const { kind, at, ...data } = input;
  return { kind, at: toMillisIso(at), data };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function encodeCursor(row: EventRow): string {
  return Buffer.from(`${row.at.toISOString()}|${row.id}`).toString('base64url');
}

function decodeCursor(cursor: string): { at: string; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  // A strict UUID and an in-range instant, or PostgreSQL would turn a hand-made cursor into a 500.
  if (!at || !id || !Instant.safeParse(at).success || !UUID.test(id)) {
    throw new ValidationError('Invalid query.', [
      { path: 'cursor', message: 'is not a cursor from this API' },
    ]);
  }
  return { at, id };
}

/**
 * One statement for a batch of writes. Two writes with the same (user, Idempotency-Key) cannot both claim
 * it: only the first goes in, the others answer "not inserted" and replay the first's stored answer.
 */
async function insertEvents(db: Kysely<DB>, items: NewEventWrite[]): Promise<boolean[]> {
  const seen = new Set<string>();
  const unique = items.filter(({ claim }) => {
    if (claim === undefined) return true;
    const id = `${claim.user_id} ${claim.key}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  const inserted = await eventsRepository.insertMany(db, unique);
  return items.map(({ row }) => inserted.has(row.id));
}

/** Care-log events of one signed-in person. Another person's ids answer 404. */
export class EventsService {
  /**
   * Event writes that arrive together share one statement and one commit (group commit), the main reason
   * the care-log bench meets its write targets (bench/README.md).
   */
  readonly #writes: Batcher<NewEventWrite, boolean>;

  constructor(private readonly deps: { db: Kysely<DB>; clock: Clock }) {
    this.#writes = new Batcher((items) => insertEvents(deps.db, items), { maxBatch: 100, maxInFlight: 2 });
  }

  /**
   * Log one event, at most once per Idempotency-Key: one statement claims the key and inserts the row
   * (see runIdempotentInsert). The answer is built from the row as inserted, as a later GET shows it.
   */
  async create(request: IdempotentRequest, input: EventInput): Promise<SentAnswer> {
    const now = this.deps.clock();
    refuseFutureEvent(now, input);
    const row = { id: randomUUID(), user_id: request.userId, ...split(input), now };
    const event = { id: row.id, kind: row.kind, at: row.at, ...row.data } as CareEvent;
    const answer = await runIdempotentInsert(
      this.deps.db,
      this.deps.clock,
      request,
      { status: 201, body: event },
      (claim) => this.#writes.submit({ row, claim }),
    );
    await reminderHooks.eventWritten(this.deps.db, this.deps.clock(), request.userId, event);
    return answer;
  }

  async get(userId: string, id: string): Promise<CareEvent> {
    if (!UUID.test(id)) throw new NotFoundError();
    const row = await eventsRepository.find(this.deps.db, userId, id);
    if (!row) throw new NotFoundError();
    return toEvent(row);
  }

  async list(userId: string, q: EventListQuery): Promise<EventPage> {
    const rows = await eventsRepository.list(this.deps.db, userId, {
      ...(q.from ? { from: toMillisIso(q.from) } : {}),
      ...(q.to ? { to: toMillisIso(q.to) } : {}),
      ...(q.kind ? { kinds: [q.kind] } : {}),
      ...(q.cursor ? { before: decodeCursor(q.cursor) } : {}),
      limit: q.limit + 1,
    });
    const page = rows.slice(0, q.limit);
    const last = page[page.length - 1];
    return { items: page.map(toEvent), next: rows.length > q.limit && last ? encodeCursor(last) : null };
  }

  /** Merge `patch` into the stored event and validate the result against its kind (kind cannot change). */
  async update(userId: string, id: string, patch: Record<string, unknown>): Promise<CareEvent> {
    const current = await this.get(userId, id);
    if (patch.kind !== undefined && patch.kind !== current.kind) {
      throw new ValidationError('Invalid request body.', [{ path: 'kind', message: 'cannot be changed' }]);
    }
    const { id: _id, ...rest } = { ...current, ...patch, kind: current.kind };
    const merged = parseWith(EventSchema, rest);
    refuseFutureEvent(this.deps.clock(), merged);
    const { at, data } = split(merged);
    const row = await eventsRepository.update(this.deps.db, userId, id, { at, data, now: this.deps.clock() });
    if (!row) throw new NotFoundError();
    await reminderHooks.eventWritten(this.deps.db, this.deps.clock(), userId, row);
    return toEvent(row);
  }

  async delete(userId: string, id: string): Promise<void> {
    if (!UUID.test(id) || !(await eventsRepository.delete(this.deps.db, userId, id)))
      throw new NotFoundError();
    await reminderHooks.eventDeleted(this.deps.db, this.deps.clock(), userId, id);
  }
}
