/**
 * Assess a check-in in the browser with the same pure domain code the server runs (offline: same answer),
 * keep it as today's check-in, and upload it when signed in (through the outbox when offline).
 */
import type { Assessment } from '../../domain/contract/assessment.ts';
import type { CheckIn } from '../../domain/contract/checkin.schema.ts';
import { currentCountry } from '../lib/country.ts';
import { queueCheckIn } from '../lib/outbox.ts';
import { today, user } from '../lib/store.ts';

/**
 * Assesses, stores as today's check-in, queues the upload when signed in; resolves to the assessment.
 * The plan builder is its own chunk (precached by the service worker, so this works offline too): the
 * first screen loads faster without it.
 */
export async function submitCheckIn(answered: CheckIn): Promise<Assessment> {
  const { assess } = await import('../../domain/assess.ts');
  // EC-WHERE: where the person is now (settings, else the device time zone), never their language.
  const country = answered.country ?? currentCountry();
  const checkIn: CheckIn = country === undefined ? answered : { ...answered, country };
  const assessment = assess(checkIn);
  today.value = { checkIn, assessment };
  if (user.value) queueCheckIn(checkIn);
  return assessment;
}

/** "I've already contacted a clinician": the same check-in again with soughtCare true (contract). */
export async function confirmSoughtCare(): Promise<Assessment | null> {
  const t = today.value;
  if (!t) return null;
  return submitCheckIn({ ...t.checkIn, soughtCare: true });
}
