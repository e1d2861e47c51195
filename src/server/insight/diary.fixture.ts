import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { seededRandom, simulatePerson } from '../../domain/insight/synthetic-person.fixture.ts';
import type { DB } from '../db/schema.ts';

const DAY = 86_400_000;

/** A diary event as stored (kind, instant, the kind's fields). */
export interface DiaryEvent {
  kind: string;
  at: string;
  data: Record<string, unknown>;
}

/**
 * A realistic diary of `days` days ending at `end` (test-only): pain scores through a recovering episode,
 * heat that helps, cold and menthol cream, ibuprofen doses (one day over 1,200 mg), weekly massages and
 * a few notes.
 */
export function realisticDiary(seed: number, end: Date, days = 90): DiaryEvent[] {
  const start = end.getTime() - days * DAY;
  const { events } = simulatePerson(seededRandom(seed), {
    effects: { heat: -2, cold: 0, 'cream:menthol': -0.5, ibuprofen: -1 },
    usesEach: 1000,
    maxDays: days - 1,
    start: start + 7 * 3_600_000,
  });
  const out: DiaryEvent[] = events.map((e) => {
    const { kind, at, ...rest } = e;
    if (kind === 'ibuprofen') return { kind, at, data: { mg: 400 } };
    if (kind === 'heat' || kind === 'cold') return { kind, at, data: { minutes: 15 } };
    return { kind, at, data: rest };
  });
  // A day over the self-care limit (IB-DOSE): four 400 mg doses on day 3.
  for (let i = 0; i < 4; i++)
    out.push({
      kind: 'ibuprofen',
      at: new Date(start + 3 * DAY + (8 + 4 * i) * 3_600_000).toISOString(),
      data: { mg: 400 },
    });
  for (let week = 1; week * 7 < days; week++) {
    out.push({
      kind: 'massage',
      at: new Date(start + week * 7 * DAY + 14 * 3_600_000).toISOString(),
      data: { minutes: 60, area: 'lower' },
    });
    out.push({
      kind: 'note',
      at: new Date(start + week * 7 * DAY + 20 * 3_600_000).toISOString(),
      data: { text: `Week ${week}: bending to tie shoes still <hard> & slow.` },
    });
  }
  return out.filter((e) => Date.parse(e.at) < end.getTime());
}

/** Store a diary for a user straight into the events table (set-up only; the API is tested elsewhere). */
export async function storeDiary(
  db: Kysely<DB>,
  userId: string,
  events: readonly DiaryEvent[],
): Promise<void> {
  const rows = events.map((e) => ({
    id: randomUUID(),
    user_id: userId,
    kind: e.kind,
    at: e.at,
    data: JSON.stringify(e.data),
  }));
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('events')
      .values(rows.slice(i, i + 500))
      .execute();
}
