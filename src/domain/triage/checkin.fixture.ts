/**
 * A plain, flag-free check-in for tests to start from, validated against the contract schema so a test can
 * never feed triage or plan something the API would reject.
 */
import { type CheckIn, CheckInSchema } from '../contract/checkin.schema.ts';

/** A calm baseline: pain 4 in the lower back since yesterday, aged 35, nothing logged, no red flags. */
export const BASE_CHECKIN: CheckIn = {
  at: '2026-11-26T09:00:00Z',
  painScore: 4,
  area: 'lower',
  onsetAt: '2026-11-25T09:00:00Z',
  firstEpisode: false,
  trend: 'same',
  massageAt: null,
  age: 35,
  pregnancyWeeks: null,
  symptoms: [],
  history: [],
  soughtCare: false,
  workAtDesk: false,
  sleepHours: null,
  log: { ibuprofen: [], creams: [], cold: [], heat: [] },
};

/**
 * The baseline with some fields replaced (`log` merged per list). Throws if the result is not a valid CheckIn.
 * @example makeCheckIn({ symptoms: ['fever'] })
 */
export function makeCheckIn(
  overrides: Partial<Omit<CheckIn, 'log'>> & { log?: Partial<CheckIn['log']> } = {},
): CheckIn {
  const { log, ...rest } = overrides;
  const candidate: CheckIn = { ...BASE_CHECKIN, ...rest, log: { ...BASE_CHECKIN.log, ...log } };
  CheckInSchema.parse(candidate);
  return candidate;
}

/** The instant `ms` milliseconds away from `iso` (negative for earlier), as an ISO string in UTC. */
export function shift(iso: string, ms: number): string {
  return new Date(Date.parse(iso) + ms).toISOString();
}
