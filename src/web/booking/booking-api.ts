/**
 * The booking API as the screens use it (contract "Accounts and booking"). Request types come from the
 * shared schema file as types only, so no zod reaches the browser bundle.
 */
import type { BookingRequest, Intake, TherapistProfileInput } from '../../domain/booking/booking.schema.ts';
import type { ScheduleException } from '../../domain/booking/schedule.ts';
import { ApiError, type ApiOptions, type FieldIssue } from '../lib/api.ts';

export type { BookingRequest, Intake, ScheduleException, TherapistProfileInput };

/** One therapist in search results (GET /api/v1/therapists?postcode=). */
export interface TherapistSummary {
  id: string;
  displayName: string;
  bio: string;
  timeZone: string;
  postcodes: string[];
  sessionMinutes: number[];
}

/** A therapist's public profile (GET /api/v1/therapists/:id); `exceptions` only on their own. */
export interface TherapistProfile extends TherapistSummary {
  bufferMinutes: number;
  minNoticeHours: number;
  bookingWindowDays: number;
  cancelFreeHours: number;
  weekly: { weekday: number; start: string; end: string }[];
  exceptions?: ScheduleException[];
}

/** An open start time. */
export interface Slot {
  start: string;
  end: string;
}

/** A booking as the server returns it to either party. */
export interface Booking {
  id: string;
  therapistId: string;
  clientId: string;
  therapistName: string;
  clientName: string;
  /** The therapist's zone. */
  timeZone: string;
  start: string;
  end: string;
  minutes: number;
  status: 'confirmed' | 'cancelled';
  address: string;
  postcode: string;
  notes: string | null;
  intake: Partial<Intake> | null;
  cancelledAt: string | null;
  cancelledBy: 'client' | 'therapist' | null;
  cancelReason: string | null;
  cancelLate: boolean | null;
}

/** One in-app message (GET /api/v1/inbox). */
export interface InboxMessage {
  id: string;
  bookingId: string | null;
  subject: string;
  body: string;
  createdAt: string;
  readAt: string | null;
}

/** An {@link ApiError} that also carries the booking service's `code` (e.g. `slot_taken`). */
export class BookingApiError extends ApiError {
  readonly code: string | undefined;
  constructor(status: number, message: string, issues: FieldIssue[], code: string | undefined) {
    super(status, message, issues);
    this.code = code;
  }
}

/**
 * Like the shell's `api` (same JSON, cookies and offline error), but keeps the `code` the booking routes send
 * with an error: the screens react to `checkin_required`, `red_flag`, `slot_taken`… by code, not wording.
 */
async function call<T>(path: string, options: ApiOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(`/api/v1${path}`, {
      method: options.method ?? 'GET',
      credentials: 'same-origin',
      headers,
      body: options.body === undefined ? null : JSON.stringify(options.body),
    });
  } catch {
    throw new BookingApiError(
      0,
      'You seem to be offline. Try again when you are back online.',
      [],
      undefined,
    );
  }
  const text = await res.text();
  let data: { error?: { message?: unknown; code?: unknown; issues?: unknown } } | undefined;
  try {
    data = text === '' ? undefined : JSON.parse(text);
  } catch {
    data = undefined;
  }
  if (res.ok) return data as T;
  const e = data?.error;
  throw new BookingApiError(
    res.status,
    typeof e?.message === 'string' ? e.message : `Something went wrong (${res.status}). Please try again.`,
    Array.isArray(e?.issues) ? (e.issues as FieldIssue[]) : [],
    typeof e?.code === 'string' ? e.code : undefined,
  );
}

const q = (params: Record<string, string | number>) =>
  Object.entries(params)
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join('&');

/** Who visits this postcode. */
export const findTherapists = (postcode: string) =>
  call<TherapistSummary[]>(`/therapists?${q({ postcode })}`);

/** A therapist's public profile (notice, window, cancellation cutoff). */
export const therapistProfile = (id: string) =>
  call<TherapistProfile>(`/therapists/${encodeURIComponent(id)}`);

/** Open start times in [from, to) for a session length. */
export const fetchSlots = (id: string, from: string, to: string, minutes: number) =>
  call<Slot[]>(`/therapists/${encodeURIComponent(id)}/slots?${q({ from, to, minutes })}`);

/** Books a visit; the same key on a retry returns the first answer. */
export const createBooking = (body: BookingRequest, key: string) =>
  call<Booking>('/bookings', { method: 'POST', body, headers: { 'Idempotency-Key': key } });

/** The caller's bookings (as client, or as therapist). */
export const myBookings = () => call<Booking[]>('/bookings');

/** Cancels a booking with an optional reason. */
export const cancelBooking = (id: string, reason: string) =>
  call<Booking>(`/bookings/${encodeURIComponent(id)}/cancel`, {
    method: 'POST',
    body: reason.trim() ? { reason: reason.trim() } : {},
  });

/** The .ics download of one booking (same-origin, the session cookie authorises it). */
export const icsHref = (id: string) => `/api/v1/bookings/${encodeURIComponent(id)}.ics`;

/** The in-app inbox, newest first. */
export const inbox = () => call<{ items: InboxMessage[] }>('/inbox').then((r) => r.items);

/** A new private calendar feed URL (any older one stops working). */
export const rotateCalendarToken = () =>
  call<{ token: string; url: string }>('/me/calendar-token', { method: 'POST' });

/** Turns the private calendar feed off. */
export const revokeCalendarToken = () => call<void>('/me/calendar-token', { method: 'DELETE' });

/** The therapist's own profile, or null before they have saved one. */
export async function ownProfile(): Promise<TherapistProfile | null> {
  try {
    return await call<TherapistProfile>('/therapists/me');
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

/** Saves the therapist's profile. */
export const saveProfile = (body: TherapistProfileInput) =>
  call<TherapistProfile>('/therapists/me', { method: 'PUT', body });

/** The booking service's error code (`slot_taken`, `checkin_required`, `red_flag`…) when it sent one. */
export function errorCode(error: unknown): string | undefined {
  return error instanceof BookingApiError ? error.code : undefined;
}
