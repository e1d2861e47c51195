/**
 * The client's booking in progress, kept in memory while they move between tabs (e.g. to check in and come
 * back): postcode → therapist → length and slot → intake and address → confirm → done.
 */
import { signal } from '@preact/signals';
import type { Booking, Slot, TherapistProfile, TherapistSummary } from './booking-api.ts';
import type { KeyMemo } from './confirm-key.ts';
import { countryForZone, type PickerCountry } from './postcode-format.ts';
import { deviceTimeZone } from './time-format.ts';

export type Step = 'find' | 'slot' | 'details' | 'review' | 'done';

/** What the intake form holds (strings as typed; turned into the API's intake when sending). */
export interface IntakeDraft {
  pressure: '' | 'light' | 'medium' | 'firm';
  avoidAreas: string;
  spasmBefore: '' | 'yes' | 'no';
  historyConsent: boolean;
  history: string;
  parking: string;
  stairs: string;
  pets: string;
  table: '' | 'yes' | 'no' | 'unsure';
  address: string;
  postcode: string;
  /** The client's phone number for the visit (optional; the therapist calls if they cannot find the door). */
  phone: string;
  notes: string;
}

export const emptyIntake = (): IntakeDraft => ({
  pressure: '',
  avoidAreas: '',
  spasmBefore: '',
  historyConsent: false,
  history: '',
  parking: '',
  stairs: '',
  pets: '',
  table: '',
  address: '',
  postcode: '',
  phone: '',
  notes: '',
});

export const step = signal<Step>('find');
export const searchPostcode = signal('');
/** Whose postcode format the search and the address use; first guessed from the device's time zone. */
export const country = signal<PickerCountry>(countryForZone(deviceTimeZone()));
/** When a massage is advised again (contract v2 `availableAt`), once the server has said so. */
export const massageAvailableAt = signal<string | null>(null);
export const results = signal<TherapistSummary[] | null>(null);
export const therapist = signal<TherapistProfile | null>(null);
export const minutes = signal<number>(60);
export const slot = signal<Slot | null>(null);
export const intake = signal<IntakeDraft>(emptyIntake());
export const confirmed = signal<Booking | null>(null);
/** The Idempotency-Key of the last confirm attempt and the body it was for. */
export const confirmKey = signal<KeyMemo | null>(null);
/**
 * Where the slot picker opens when the client books the same therapist again from a finished visit: a
 * suggested day (src/web/booking/rebook.ts), never a floor; the massage-timing floor still applies.
 */
export const rebookFrom = signal<string | null>(null);
/** A note carried back to the slot step (e.g. "that time was just taken"). */
export const slotNote = signal<string | null>(null);

/** Starts again from the postcode search, keeping the postcode and home details. */
export function restart(): void {
  const keep = intake.value;
  therapist.value = null;
  slot.value = null;
  confirmed.value = null;
  confirmKey.value = null;
  slotNote.value = null;
  rebookFrom.value = null;
  intake.value = { ...emptyIntake(), address: keep.address, postcode: keep.postcode, phone: keep.phone };
  step.value = 'find';
}
