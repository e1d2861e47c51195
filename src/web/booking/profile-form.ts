/**
 * The therapist profile editor's form: hours and booking rules, and the prices, currency, bio and
 * qualifications a client reads before booking; what the fields hold as typed, from a saved profile and back
 * to the PUT body.
 */
import type { ProfileInput, ScheduleException, TherapistProfile } from './booking-api.ts';
import type { RangeDraft } from './hours-editor.tsx';
import { minorDigits, type Price } from './money.ts';
import { countryForZone } from './postcode-format.ts';
import { deviceTimeZone } from './time-format.ts';

/** A short bio: clients read it on a phone. */
export const BIO_MAX = 600;
export const QUALIFICATIONS_MAX = 10;
const CURRENCY_BY_COUNTRY = {
  GB: 'GBP',
  IE: 'EUR',
  US: 'USD',
  CA: 'CAD',
  AU: 'AUD',
  NZ: 'NZD',
  OTHER: 'EUR',
};

/** The editor's fields as typed (numbers stay text until sent). */
export interface Form {
  displayName: string;
  bio: string;
  /** One per line. */
  qualifications: string;
  currency: string;
  /** The price typed for each length, in major units ("70", "72.50"); empty = no price shown. */
  priceText: Record<number, string>;
  timeZone: string;
  postcodes: string;
  sessionMinutes: number[];
  bufferMinutes: string;
  minNoticeHours: string;
  bookingWindowDays: string;
  cancelFreeHours: string;
  lateCancelPercent: string;
  weekly: RangeDraft[];
  exceptions: ScheduleException[];
}

/** A stored amount as the editor shows it: 7000 GBP → "70.00" (no symbol: the currency is chosen beside it). */
function amountText(amount: number, currency: string): string {
  return (amount / 10 ** minorDigits(currency)).toFixed(minorDigits(currency));
}

/** The form for a saved profile, or a fresh one (currency from the time zone's country). */
export function formFrom(p: TherapistProfile | null, name: string): Form {
  const zone = p?.timeZone ?? deviceTimeZone();
  const currency = p?.prices?.[0]?.currency ?? CURRENCY_BY_COUNTRY[countryForZone(zone)];
  return {
    displayName: p?.displayName ?? name,
    bio: p?.bio ?? '',
    qualifications: (p?.qualifications ?? []).join('\n'),
    currency,
    priceText: Object.fromEntries(
      (p?.prices ?? []).map((x) => [x.minutes, amountText(x.amount, x.currency)]),
    ),
    timeZone: zone,
    postcodes: (p?.postcodes ?? []).join(', '),
    sessionMinutes: p?.sessionMinutes ?? [60],
    bufferMinutes: String(p?.bufferMinutes ?? 30),
    minNoticeHours: String(p?.minNoticeHours ?? 12),
    bookingWindowDays: String(p?.bookingWindowDays ?? 60),
    cancelFreeHours: String(p?.cancelFreeHours ?? 24),
    lateCancelPercent: String(p?.lateCancelPercent ?? 100),
    weekly: p?.weekly.map((r) => ({ ...r })) ?? [],
    exceptions: p?.exceptions ?? [],
  };
}

/** The PUT body from the form, with the prices already checked by `pricesFromText`. */
export function toInput(f: Form, prices: Price[]): ProfileInput {
  return {
    displayName: f.displayName,
    bio: f.bio,
    qualifications: f.qualifications
      .split('\n')
      .map((q) => q.trim())
      .filter(Boolean)
      .slice(0, QUALIFICATIONS_MAX),
    prices,
    timeZone: f.timeZone,
    postcodes: f.postcodes
      .split(/[,;\n]/)
      .map((s) => s.trim())
      .filter(Boolean),
    sessionMinutes: [...f.sessionMinutes].sort((a, b) => a - b),
    bufferMinutes: Number(f.bufferMinutes),
    minNoticeHours: Number(f.minNoticeHours),
    bookingWindowDays: Number(f.bookingWindowDays),
    cancelFreeHours: Number(f.cancelFreeHours),
    lateCancelPercent: Number(f.lateCancelPercent),
    weekly: f.weekly,
    exceptions: f.exceptions.map((x) => ({ ...x, start: x.start || null, end: x.end || null })),
  };
}

let zones: string[] | undefined;
/** Every IANA zone the platform knows, with the current one first when it is not among them. */
export function allZones(current: string): string[] {
  zones ??= typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return zones.includes(current) ? zones : [current, ...zones];
}
