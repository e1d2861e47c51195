import { z } from 'zod';
import { Instant } from './checkin.schema.ts';
import { AREAS, CREAM_INGREDIENTS } from './ids.ts';
import { text } from './text.schema.ts';

/**
 * The care-log events of the contract (POST /api/v1/events), as ONE zod discriminated union on `kind`.
 * The server validates with it and the web app derives its event type from it (the two sides once
 * drifted apart and stretch sessions were refused with a 400). Limits accept what people really did (an
 * over-long cold pack is logged as it happened, the plan's own limits live in the domain) but refuse
 * nonsense. Extensions beyond contract v1 are optional fields only, so every v1 body stays valid.
 */

/** Minutes may be fractional: a cold pack taken off after 6 s logs 0.1 minutes, not "1 minute". */
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
  /** The hold of the static stretches (ST-HOLD); repeated exercises keep their own short pause (ST-REPEAT). */
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
/**
 * Bounds as the CheckIn log's dose entries, so every stored dose can feed the interlocks. IB-RX: a dose
 * above the over-the-counter label may be prescribed; `prescribed` records that the person said so.
 */
export const IbuprofenEvent = z.object({
  kind: z.literal('ibuprofen'),
  ...base,
  mg: z.number().int().min(1).max(4000),
  prescribed: z.boolean().optional(),
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

/** An event after validation: what the server stores and what the web app builds and queues. */
export type EventInput = z.output<typeof EventSchema>;
/** Every event kind. */
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
