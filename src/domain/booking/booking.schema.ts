import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import { text } from '../contract/text.schema.ts';
import { normalisePostcode } from './postcode.ts';
import { parseLocalDate, parseWallTime } from './schedule.ts';

/**
 * Request and response shapes of the booking API (contract "Accounts and booking"), shared by the server and
 * the web app so the two sides never drift apart.
 */

/** Trimmed free text without NUL characters (PostgreSQL text cannot hold U+0000: a 400, not a 500). */
const trimmed = (max: number, min = 0) => z.string().trim().pipe(text(max, min));

/** UTC years an instant may fall in: far inside what PostgreSQL's timestamptz stores, far around any visit. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

/**
 * An ISO 8601 instant with an offset, on a real calendar day, between {@link MIN_YEAR} and {@link MAX_YEAR}
 * UTC. "9999-12-31T23:59:59-23:59" is valid ISO but lands in year 10000, which PostgreSQL refuses (a 500
 * before this bound).
 */
export const BookingInstant = z.iso
  .datetime({ offset: true, message: 'must be an ISO 8601 instant with an offset', abort: true })
  .refine(
    (s) => {
      const ms = Date.parse(s);
      if (Number.isNaN(ms)) return false;
      const year = new Date(ms).getUTCFullYear();
      return year >= MIN_YEAR && year <= MAX_YEAR;
    },
    { message: `must be a real instant between the years ${MIN_YEAR} and ${MAX_YEAR}`, abort: true },
  );

const IANA_SHAPE = /^(UTC|[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)+)$/;

/** Whether a string names an IANA time zone Temporal knows ("Europe/London"); offsets like "+01:00" are refused. */
export function isIanaTimeZone(value: string): boolean {
  if (!IANA_SHAPE.test(value)) return false;
  try {
    Temporal.PlainDate.from('2026-01-01').toZonedDateTime({ timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const WallTime = z.string().refine((v) => parseWallTime(v) !== null, { message: 'must be a time "HH:MM"' });
const WallEnd = z
  .string()
  .refine((v) => parseWallTime(v, true) !== null, { message: 'must be a time "HH:MM" (or "24:00")' });
const LocalDate = z
  .string()
  .refine((v) => parseLocalDate(v) !== null, { message: 'must be a date "YYYY-MM-DD"' });

const endAfterStart = (r: { start?: string | null | undefined; end?: string | null | undefined }) =>
  r.start == null || r.end == null || (parseWallTime(r.end, true) ?? 0) > (parseWallTime(r.start) ?? 0);

/** A weekly working range (ISO weekday, Monday 1). */
export const WeeklyRangeSchema = z
  .object({ weekday: z.number().int().min(1).max(7), start: WallTime, end: WallEnd })
  .refine(endAfterStart, { message: 'end must be after start', path: ['end'] });

/** A dated exception: a day (or part of one) off, or extra hours. */
export const ExceptionSchema = z
  .object({
    date: LocalDate,
    kind: z.enum(['off', 'extra']),
    start: WallTime.nullish(),
    end: WallEnd.nullish(),
  })
  .refine((x) => (x.start == null) === (x.end == null), { message: 'give both start and end, or neither' })
  .refine((x) => x.kind === 'off' || x.start != null, { message: 'extra hours need start and end' })
  .refine(endAfterStart, { message: 'end must be after start', path: ['end'] });

/** ISO 4217 currency codes we accept for prices (upper case). */
const Currency = z
  .string()
  .trim()
  .toUpperCase()
  .pipe(z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 currency code such as "GBP"'));

/** One session length's price in integer minor units (pence, cents): no sum ever rounds. */
export const PriceSchema = z.object({
  minutes: z.number().int().min(15).max(240),
  amount: z.number().int().min(0).max(10_000_000),
  currency: Currency,
});
export type Price = z.output<typeof PriceSchema>;

/** Body of `PUT /api/v1/therapists/me`. */
export const TherapistProfileSchema = z
  .object({
    displayName: trimmed(80, 1),
    bio: trimmed(600).default(''),
    /** One price per session length, so a client knows the cost before booking; every price in one currency. */
    prices: z.array(PriceSchema).max(8).default([]),
    qualifications: z.array(trimmed(120, 1)).max(20).default([]),
    /** ISO 3166-1 alpha-2; when left out, inferred from the time zone (for postcode formats). */
    country: z
      .string()
      .trim()
      .toUpperCase()
      .pipe(z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code such as "GB"'))
      .nullish()
      .transform((v) => v ?? null),
    /** What a late cancellation costs, as a percentage of the session's price. */
    lateCancelPercent: z.number().int().min(0).max(100).default(100),
    timeZone: z
      .string()
      .refine(isIanaTimeZone, { message: 'must be an IANA time zone such as "Europe/London"' }),
    postcodes: z
      .array(
        text(40)
          .transform(normalisePostcode)
          .pipe(z.string().regex(/^[A-Z0-9-]{1,10}$/, 'must be a postcode or postcode prefix')),
      )
      .min(1)
      .max(100),
    sessionMinutes: z.array(z.number().int().min(15).max(240)).min(1).max(8),
    bufferMinutes: z.number().int().min(0).max(240),
    minNoticeHours: z
      .number()
      .int()
      .min(0)
      .max(24 * 30),
    bookingWindowDays: z.number().int().min(1).max(366),
    cancelFreeHours: z
      .number()
      .int()
      .min(0)
      .max(24 * 14)
      .default(24),
    weekly: z.array(WeeklyRangeSchema).max(70),
    exceptions: z.array(ExceptionSchema).max(400).default([]),
  })
  .superRefine((p, ctx) => {
    const seen = new Set<number>();
    p.prices.forEach((price, i) => {
      if (!p.sessionMinutes.includes(price.minutes)) {
        ctx.addIssue({
          code: 'custom',
          path: ['prices', i, 'minutes'],
          message: 'must be one of sessionMinutes',
        });
      }
      if (seen.has(price.minutes)) {
        ctx.addIssue({
          code: 'custom',
          path: ['prices', i, 'minutes'],
          message: 'one price per session length',
        });
      }
      seen.add(price.minutes);
      if (price.currency !== p.prices[0]?.currency) {
        ctx.addIssue({
          code: 'custom',
          path: ['prices', i, 'currency'],
          message: 'all prices in one currency',
        });
      }
    });
  });
export type TherapistProfileInput = z.input<typeof TherapistProfileSchema>;
export type TherapistProfile = z.output<typeof TherapistProfileSchema>;

/**
 * Query of `GET /api/v1/therapists/:id/slots`; at most 93 days per request. The server reads each raw value
 * through src/server/http/query.ts first (empty means absent; a space before an offset was a `+`).
 */
export const SlotsQuerySchema = z
  .object({
    from: BookingInstant,
    to: BookingInstant,
    minutes: z.coerce.number().int().min(15).max(240).default(60),
    step: z.coerce.number().int().min(5).max(240).default(30),
  })
  .refine((q) => Date.parse(q.to) > Date.parse(q.from), { message: 'to must be after from', path: ['to'] })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= 93 * 86_400_000, {
    message: 'at most 93 days at a time',
    path: ['to'],
  });

export const PRESSURES = ['light', 'medium', 'firm'] as const;

/** What the client tells the therapist before a visit; `history` is kept only with `historyConsent`. */
export const IntakeSchema = z.object({
  pressure: z.enum(PRESSURES).optional(),
  avoidAreas: z.array(trimmed(80, 1)).max(20).default([]),
  spasmAfterPastMassage: z.boolean().optional(),
  historyConsent: z.boolean().default(false),
  history: trimmed(2000).optional(),
  homeNotes: trimmed(1000).optional(),
});
export type Intake = z.output<typeof IntakeSchema>;

const PHONE = /^\+?[0-9][0-9 ().-]{5,24}$/;
const digitCount = (v: string): number => v.replace(/\D/g, '').length;

/** Body of `POST /api/v1/bookings`. */
export const BookingRequestSchema = z.object({
  therapistId: z.string().uuid(),
  start: BookingInstant,
  minutes: z.number().int().min(15).max(240),
  address: trimmed(300, 1),
  postcode: trimmed(12, 2),
  notes: trimmed(1000).optional(),
  /** The client's phone, so the therapist can reach them about the visit: E.164-ish, spaces, dashes, brackets. */
  phone: z
    .string()
    .trim()
    .refine((v) => PHONE.test(v) && digitCount(v) >= 7 && digitCount(v) <= 15, {
      message: 'must be a phone number such as +44 7700 900123 (7 to 15 digits)',
    })
    .transform((v) => (v.startsWith('+') ? '+' : '') + v.replace(/\D/g, ''))
    .optional(),
  intake: IntakeSchema.optional(),
});
export type BookingRequest = z.output<typeof BookingRequestSchema>;

/** Body of `POST /api/v1/bookings/:id/cancel`. */
export const CancelRequestSchema = z.object({ reason: trimmed(500).optional() });
