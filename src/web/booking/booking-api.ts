/**
 * The booking API as the screens use it (contract "Accounts and booking"). Request types come from the
 * shared schema file as types only, so no zod reaches the browser bundle.
 */
import type { BookingRequest, Intake, TherapistProfileInput } from '../../domain/booking/booking.schema.ts';
import type { ScheduleException } from '../../domain/booking/schedule.ts';
import { ApiError, api } from '../lib/api.ts';
import type { Eligibility } from './eligibility.ts';
import type { Price } from './money.ts';
import type { FollowUp } from './visit-status.ts';

export type { BookingRequest, Eligibility, Intake, Price, ScheduleException, TherapistProfileInput };

/**
 * What the therapist may add to their profile (prices, qualifications, avatar, country). Optional here: a server that predates these
 * fields leaves them out, and the screens then show nothing in their place.
 */
export interface TherapistExtras {
  /** A price per session length, in minor units. */
  prices?: Price[];
  qualifications?: string[];
  /** Two letters for the avatar; derived from the name when absent. */
  initials?: string;
  /** A photo, when the server ever offers one; the avatar falls back to initials. */
  photoUrl?: string | null;
  /** ISO 3166-1 alpha-2 of where they work (the server infers it from the time zone when not set). */
  country?: string | null;
  /** What a late cancellation costs, as a percentage of the session's price (server default 100). */
  lateCancelPercent?: number;
}

/** Body of `PUT /api/v1/therapists/me` with the profile extras. */
export type ProfileInput = TherapistProfileInput &
  Pick<TherapistExtras, 'prices' | 'qualifications' | 'lateCancelPercent'>;

/** Body of `POST /api/v1/bookings` with the client's phone number for the visit. */
export type BookingBody = BookingRequest & { phone?: string };

/** One therapist in search results (GET /api/v1/therapists?postcode=). */
export interface TherapistSummary extends TherapistExtras {
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
  /** `completed` once the therapist has closed the visit with a note (contract v2, Aftercare). */
  status: 'confirmed' | 'cancelled' | 'completed';
  address: string;
  postcode: string;
  notes: string | null;
  /** The client's phone number for the visit, when given. */
  phone?: string | null;
  intake: Partial<Intake> | null;
  cancelledAt: string | null;
  cancelledBy: 'client' | 'therapist' | null;
  cancelReason: string | null;
  cancelLate: boolean | null;
  /** What cancelling costs, as the server works it out (absent on an older server). */
  cancellation?: {
    freeUntil: string;
    /** In minor units; null when the therapist set no price for this length. */
    lateFee: { amount: number; currency: string } | null;
    latePercent: number;
  };
  /** Aftercare (contract v2); optional, as a server that predates it in the list leaves them out. */
  completedAt?: string | null;
  followUps?: FollowUp[];
  review?: VisitReview | null;
}

/** The client's rating of a finished visit (private to that therapist and the client). */
export interface VisitReview {
  stars: number;
  text?: string | null;
  createdAt: string;
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

const q = (params: Record<string, string | number>) =>
  Object.entries(params)
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join('&');

/** Who visits this postcode; with a country, only therapists of that country (AU and NZ share postcodes). */
export const findTherapists = (postcode: string, country?: string) =>
  api<TherapistSummary[]>(`/therapists?${q(country === undefined ? { postcode } : { postcode, country })}`);

/** A therapist's public profile (notice, window, cancellation cutoff). */
export const therapistProfile = (id: string) =>
  api<TherapistProfile>(`/therapists/${encodeURIComponent(id)}`);

/** Open start times in [from, to) for a session length. */
export const fetchSlots = (id: string, from: string, to: string, minutes: number) =>
  api<Slot[]>(`/therapists/${encodeURIComponent(id)}/slots?${q({ from, to, minutes })}`);

/** Books a visit; the same key on a retry returns the first answer. */
export const createBooking = (body: BookingBody, key: string) =>
  api<Booking>('/bookings', { method: 'POST', body, headers: { 'Idempotency-Key': key } });

/**
 * Whether the signed-in client may book a massage now, and from when (contract v2). Null when the server
 * does not answer it (an older server, or offline): the booking itself is still checked.
 */
export async function eligibility(): Promise<Eligibility | null> {
  try {
    return await api<Eligibility>('/bookings/eligibility');
  } catch {
    return null;
  }
}

/** The caller's bookings (as client, or as therapist). */
export const myBookings = () => api<Booking[]>('/bookings');

/** One booking with its aftercare (note, follow-ups, review), as GET /bookings/:id returns it. */
export const bookingDetail = <T extends Booking = Booking>(id: string) =>
  api<T>(`/bookings/${encodeURIComponent(id)}`);

/** Cancels a booking with an optional reason. */
export const cancelBooking = (id: string, reason: string) =>
  api<Booking>(`/bookings/${encodeURIComponent(id)}/cancel`, {
    method: 'POST',
    body: reason.trim() ? { reason: reason.trim() } : {},
  });

/** The .ics download of one booking (same-origin, the session cookie authorises it). */
export const icsHref = (id: string) => `/api/v1/bookings/${encodeURIComponent(id)}.ics`;

/** The in-app inbox, newest first. */
export const inbox = () => api<{ items: InboxMessage[] }>('/inbox').then((r) => r.items);

/** A new private calendar feed URL (any older one stops working). */
export const rotateCalendarToken = () =>
  api<{ token: string; url: string }>('/me/calendar-token', { method: 'POST' });

/** Turns the private calendar feed off. */
export const revokeCalendarToken = () => api<void>('/me/calendar-token', { method: 'DELETE' });

/** The therapist's own profile, or null before they have saved one. */
export async function ownProfile(): Promise<TherapistProfile | null> {
  try {
    return await api<TherapistProfile>('/therapists/me');
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

/** Saves the therapist's profile. */
export const saveProfile = (body: ProfileInput) =>
  api<TherapistProfile>('/therapists/me', { method: 'PUT', body });

/** The booking service's error code (`slot_taken`, `checkin_required`, `red_flag`…) when it sent one. */
export function errorCode(error: unknown): string | undefined {
  return error instanceof ApiError ? error.code : undefined;
}
