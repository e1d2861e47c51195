import type { BookingBody } from './booking-api.ts';
import type { IntakeDraft } from './flow-state.ts';
import { checkPickedPostcode, type PickerCountry } from './postcode-format.ts';

/**
 * The POST /api/v1/bookings body from the form. Home notes (parking, stairs, pets, room for a table) are
 * one text for the therapist; health history is sent only with the explicit consent tick: it is health data,
 * and the person decides whether the therapist sees it.
 */
export function bookingBody(input: {
  therapistId: string;
  start: string;
  minutes: number;
  draft: IntakeDraft;
}): BookingBody {
  const d = input.draft;
  const table = { yes: 'yes', no: 'no', unsure: 'not sure', '': '' }[d.table];
  const home = [
    d.parking.trim() && `Parking: ${d.parking.trim()}`,
    d.stairs.trim() && `Stairs: ${d.stairs.trim()}`,
    d.pets.trim() && `Pets: ${d.pets.trim()}`,
    table && `Room for a massage table: ${table}`,
  ].filter(Boolean);
  const avoid = d.avoidAreas
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter(Boolean)
    .slice(0, 20);
  return {
    therapistId: input.therapistId,
    start: input.start,
    minutes: input.minutes,
    address: d.address.trim(),
    postcode: d.postcode.trim(),
    ...(d.phone.trim() ? { phone: d.phone.trim() } : {}),
    ...(d.notes.trim() ? { notes: d.notes.trim() } : {}),
    intake: {
      ...(d.pressure ? { pressure: d.pressure } : {}),
      avoidAreas: avoid,
      ...(d.spasmBefore ? { spasmAfterPastMassage: d.spasmBefore === 'yes' } : {}),
      historyConsent: d.historyConsent,
      ...(d.historyConsent && d.history.trim() ? { history: d.history.trim() } : {}),
      ...(home.length > 0 ? { homeNotes: home.join('\n') } : {}),
    },
  };
}

/**
 * Whether a phone number is one a therapist can dial: digits with the usual separators, an optional leading
 * "+", 7 to 15 digits (the server's rule; E.164 allows at most 15). Empty is fine: the number is optional.
 */
export function phoneProblem(value: string): string | null {
  const v = value.trim();
  if (v === '') return null;
  const digits = v.replace(/\D/g, '').length;
  if (!/^\+?[\d\s().-]+$/.test(v) || digits < 7 || digits > 15) {
    return 'Enter a phone number the therapist can call, for example +44 7700 900123, or leave it empty.';
  }
  return null;
}

/** Field problems before sending, keyed by field name; empty when the form is ready. */
export function intakeProblems(d: IntakeDraft, country: PickerCountry = 'OTHER'): Record<string, string> {
  const out: Record<string, string> = {};
  if (d.address.trim() === '') out.address = 'Enter the address where the therapist should come.';
  const postcode = checkPickedPostcode(d.postcode, country);
  if (!postcode.ok) out.postcode = postcode.message;
  const phone = phoneProblem(d.phone);
  if (phone) out.phone = phone;
  if (d.historyConsent === false && d.history.trim() !== '') {
    out.history = 'Tick the box to share your health history, or leave it empty.';
  }
  return out;
}
