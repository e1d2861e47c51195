import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { assess, onsetAfterAt, resolveCheckIn } from '../../domain/assess.ts';
import type { Assessment } from '../../domain/contract/assessment.ts';
import {
  type CheckIn,
  Instant,
  ONSET_AFTER_AT,
  type StoredCheckInSchema,
} from '../../domain/contract/checkin.schema.ts';
import type { DB } from '../db/schema.ts';
import { NotFoundError, ValidationError } from '../http/errors.ts';
import { queryField } from '../http/query.ts';
import type { Clock } from '../http/types.ts';
import { reminderHooks } from '../reminders/hooks.ts';
import { careLogFromEvents } from './care-log.ts';
import { type CheckinRow, checkinsRepository } from './checkins.repository.ts';
import { toMillisIso } from './events.service.ts';
import { refuseFuture } from './not-future.ts';

/** GET /api/v1/checkins query. */
export const CheckinListQuery = z.object({
  from: queryField(Instant.optional()),
  to: queryField(Instant.optional()),
  limit: queryField(z.coerce.number().int().min(1).max(1000).default(200)),
});

/** A stored check-in as the API shows it. */
export interface StoredCheckin {
  id: string;
  at: string;
  assessment: Assessment;
  checkIn: CheckIn;
}

const toStored = (row: CheckinRow): StoredCheckin => ({
  id: row.id,
  at: row.at.toISOString(),
  assessment: row.assessment,
  checkIn: row.check_in,
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Check-ins of one signed-in person: the log comes from their stored events, never from the body. */
export class CheckinsService {
  constructor(private readonly deps: { db: Kysely<DB>; clock: Clock }) {}

  /** Assess and store, inside the caller's transaction (the idempotency wrapper owns it). */
  async create(
    tx: Kysely<DB>,
    userId: string,
    input: z.output<typeof StoredCheckInSchema>,
  ): Promise<{ id: string; at: string; assessment: Assessment }> {
    refuseFuture(this.deps.clock(), { at: input.at });
    const base = resolveCheckIn(input, this.deps.clock());
    if (onsetAfterAt(base)) {
      throw new ValidationError('Invalid request body.', [{ path: 'onsetAt', message: ONSET_AFTER_AT }]);
    }
    const at = toMillisIso(base.at);
    const checkIn: CheckIn = { ...base, at, log: await careLogFromEvents(tx, userId, at) };
    const assessment = assess(checkIn);
    const id = randomUUID();
    await checkinsRepository.insert(tx, {
      id,
      user_id: userId,
      at,
      checkIn,
      assessment,
      now: this.deps.clock(),
    });
    await reminderHooks.checkinWritten(tx, userId, { id, at, level: assessment.triage.level });
    return { id, at, assessment };
  }

  async list(userId: string, q: z.output<typeof CheckinListQuery>): Promise<{ items: StoredCheckin[] }> {
    const rows = await checkinsRepository.list(this.deps.db, userId, {
      ...(q.from ? { from: toMillisIso(q.from) } : {}),
      ...(q.to ? { to: toMillisIso(q.to) } : {}),
      limit: q.limit,
    });
    return { items: rows.map(toStored) };
  }

  async get(userId: string, id: string): Promise<StoredCheckin> {
    const row = UUID.test(id) ? await checkinsRepository.find(this.deps.db, userId, id) : undefined;
    if (!row) throw new NotFoundError();
    return toStored(row);
  }

  async delete(userId: string, id: string): Promise<void> {
    if (!UUID.test(id) || !(await checkinsRepository.delete(this.deps.db, userId, id)))
      throw new NotFoundError();
  }
}
