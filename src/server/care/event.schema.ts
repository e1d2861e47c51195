import { z } from 'zod';
import { Instant } from '../../domain/contract/checkin.schema.ts';
import { AREAS, CREAM_INGREDIENTS } from '../../domain/contract/ids.ts';
import { text } from '../../domain/contract/text.schema.ts';
import { queryField } from '../http/query.ts';

/**
 * The care-log events of the contract (POST /api/v1/events), as ONE zod discriminated union on `kind`.
 * Limits accept what people really did (an over-long cold pack is logged as it happened, the plan's
 * own limits live in the domain) but refuse nonsense. The web imports the types from here.
 */

const Minutes = (max: number) => z.number().min(0).max(max);
const area = z.enum(AREAS).optional();
/** Optional flags a guided session records (stopped by the person before the timer, or finished). */
const sessionFlags = { completed: z.boolean().optional(), stoppedEarly: z.boolean().optional() };
const StretchId = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,59}$/, { message: 'must be a stretch id' });

const base = { at: Instant };

export const PainEvent = z.object({
  kind: z.literal('pain'),
  ...base,
  score: z.number().int().min(0).max(10),
  area,
});
export const ColdEvent = z.object({
  kind: z.literal('cold'),
  ...base,
  minutes: Minutes(240),
  area,
  ...sessionFlags,
});
export const HeatEvent = z.object({
  kind: z.literal('heat'),
  ...base,
  minutes: Minutes(240),
  area,
  ...sessionFlags,
});
export const StretchEvent = z.object({
  kind: z.literal('stretch'),
  ...base,
  stretches: z.array(StretchId).min(1).max(30),
  holdSeconds: z.number().int().min(0).max(600),
  ...sessionFlags,
});
export const ExerciseEvent = z.object({
  kind: z.literal('exercise'),
  ...base,
  activity: z.string().trim().pipe(text(100, 1)),
  minutes: Minutes(1440),
});
export const WaterEvent = z.object({
  kind: z.literal('water'),
  ...base,
  ml: z.number().int().min(1).max(10_000),
});
export const SleepEvent = z
  .object({ kind: z.literal('sleep'), ...base, bedAt: Instant, wakeAt: Instant })
  .refine((e) => Date.parse(e.wakeAt) > Date.parse(e.bedAt), {
    path: ['wakeAt'],
    message: 'must be after bedAt',
  })
  .refine((e) => Date.parse(e.wakeAt) - Date.parse(e.bedAt) <= 24 * 3600 * 1000, {
    path: ['wakeAt'],
    message: 'must be within 24 hours of bedAt',
  });
export const CreamEvent = z.object({
  kind: z.literal('cream'),
  ...base,
  ingredient: z.enum(CREAM_INGREDIENTS),
  area,
});
// Bounds as the CheckIn log's dose entries, so every stored dose can feed the interlocks.
export const IbuprofenEvent = z.object({
  kind: z.literal('ibuprofen'),
  ...base,
  mg: z.number().int().min(1).max(4000),
});
export const MassageEvent = z.object({
  kind: z.literal('massage'),
  ...base,
  minutes: Minutes(600).optional(),
  area,
});
export const NoteEvent = z.object({
  kind: z.literal('note'),
  ...base,
  text: z.string().trim().pipe(text(5000, 1)),
});

/** Any event as POSTed (without id). */
export const EventSchema = z.discriminatedUnion('kind', [
  PainEvent,
  ColdEvent,
  HeatEvent,
  StretchEvent,
  ExerciseEvent,
  WaterEvent,
  SleepEvent,
  CreamEvent,
  IbuprofenEvent,
  MassageEvent,
  NoteEvent,
]);

export type EventInput = z.output<typeof EventSchema>;
export type EventKind = EventInput['kind'];
export const EVENT_KINDS = [
  'pain',
  'cold',
  'heat',
  'stretch',
  'exercise',
  'water',
  'sleep',
  'cream',
  'ibuprofen',
  'massage',
  'note',
] as const satisfies readonly EventKind[];

/** An event as the API returns it. */
export type CareEvent = EventInput & { id: string };

/** PATCH body: any subset of fields; the merged event is validated against its kind. */
export const EventPatchSchema = z.record(z.string(), z.unknown());

/** GET /api/v1/events query. */
export const EventListQuery = z.object({
  from: queryField(Instant.optional()),
  to: queryField(Instant.optional()),
  kind: queryField(z.enum(EVENT_KINDS).optional()),
  limit: queryField(z.coerce.number().int().min(1).max(500).default(100)),
  cursor: queryField(z.string().max(200).optional()),
});
export type EventListQuery = z.output<typeof EventListQuery>;

/** An event's list page. */
export interface EventPage {
  items: CareEvent[];
  next: string | null;
}
