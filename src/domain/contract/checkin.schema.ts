import { z } from 'zod';
import { AREAS, CREAM_INGREDIENTS, HISTORY, SYMPTOMS, TRENDS } from './ids.ts';

const EARLIEST = Date.UTC(1900, 0, 1);
const AFTER_LATEST = Date.UTC(2201, 0, 1);

/**
 * An instant: ISO 8601 with a `Z` or numeric offset, as the contract requires, in UTC years 1900-2200: a
 * syntactically valid "9999-12-31T23:59:59-23:59" lands past what PostgreSQL stores and would be a 500.
 */
export const Instant = z.iso
  .datetime({ offset: true, message: 'must be an ISO 8601 instant with an offset' })
  .refine(
    (s) => {
      const t = Date.parse(s);
      return t >= EARLIEST && t < AFTER_LATEST;
    },
    { message: 'must be between 1900 and 2200', when: (payload) => payload.issues.length === 0 },
  );

const DoseEntry = z.object({ at: Instant, mg: z.number().int().min(1).max(4000) });
const CreamEntry = z.object({ at: Instant, ingredient: z.enum(CREAM_INGREDIENTS) });
const TimedEntry = z.object({
  at: Instant,
  minutes: z
    .number()
    .min(0)
    .max(24 * 60),
});

/** Recent self-care the interlocks look at (contract: CheckIn.log). */
export const CareLogSchema = z.object({
  ibuprofen: z.array(DoseEntry).max(500).default([]),
  creams: z.array(CreamEntry).max(500).default([]),
  cold: z.array(TimedEntry).max(500).default([]),
  heat: z.array(TimedEntry).max(500).default([]),
});

const checkInFields = {
  at: Instant.optional(),
  painScore: z.number().int().min(0).max(10),
  area: z.enum(AREAS),
  onsetAt: Instant,
  firstEpisode: z.boolean().default(false),
  trend: z.enum(TRENDS).default('same'),
  massageAt: Instant.nullable().default(null),
  age: z
    .number()
    .int()
    .min(16, { message: 'Unknot is for adults and young people aged 16 and over' })
    .max(120),
  pregnancyWeeks: z.number().int().min(0).max(45).nullable().default(null),
  symptoms: z
    .array(z.enum(SYMPTOMS))
    .max(SYMPTOMS.length * 2)
    .default([]),
  history: z
    .array(z.enum(HISTORY))
    .max(HISTORY.length * 2)
    .default([]),
  soughtCare: z.boolean().default(false),
  workAtDesk: z.boolean().default(false),
  sleepHours: z.number().min(0).max(24).nullable().default(null),
  /** Contract v2: where the person is now, ISO 3166-1 alpha-2 (any case in, upper case out). */
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, { message: 'must be a two-letter ISO 3166-1 country code' })
    .transform((s) => s.toUpperCase())
    .optional(),
};

/** What is wrong when `onsetAt` lies after `at`. */
export const ONSET_AFTER_AT = 'onsetAt must not be after at';

/**
 * `onsetAt` may not lie after `at`. When `at` is left out it means "now", which the domain does not know (time is a
 * parameter): the edge checks it after resolving `at` (`onsetAfterAt` in assess.ts).
 */
function onsetNotAfterAt(value: { at?: string | undefined; onsetAt: string }, ctx: z.RefinementCtx): void {
  if (value.at !== undefined && Date.parse(value.onsetAt) > Date.parse(value.at)) {
    ctx.addIssue({ code: 'custom', path: ['onsetAt'], message: ONSET_AFTER_AT });
  }
}

/** The body of `POST /api/v1/assess`. */
export const CheckInSchema = z
  .object({ ...checkInFields, log: CareLogSchema.optional() })
  .superRefine(onsetNotAfterAt);

/** The body of `POST /api/v1/checkins`: a CheckIn whose log the server fills from stored events. */
export const StoredCheckInSchema = z.object(checkInFields).superRefine(onsetNotAfterAt);

export type CheckInInput = z.input<typeof CheckInSchema>;
export type CareLog = z.output<typeof CareLogSchema>;

/**
 * What the domain assesses: a parsed CheckIn with `at` resolved and the log filled in.
 * The edge (server, CLI, browser) resolves `at` to the current instant when it was left out.
 */
export type CheckIn = Omit<z.output<typeof CheckInSchema>, 'at' | 'log'> & { at: string; log: CareLog };
