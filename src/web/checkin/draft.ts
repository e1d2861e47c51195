/**
 * The check-in answers as the person gives them, and how they become the contract's CheckIn. Quick
 * choices ("today", "2-3 days") turn into instants relative to `at`, so the same answers assessed in the
 * browser and on the server give the same result.
 */
import type { CheckIn } from '../../domain/contract/checkin.schema.ts';
import type { Area, History, Symptom, Trend } from '../../domain/contract/ids.ts';
import { careLogFrom, type NewEvent } from '../lib/events.ts';

export type SinceChoice = 'hour' | 'today' | 'yesterday' | 'days' | 'week' | 'weeks';
export type MassageChoice = 'no' | 'lt12' | '12to24' | 'gt24';
export type SleepChoice = 'lt5' | '5to6' | '7to8' | '9plus' | 'unknown';
export type Answer = 'yes' | 'no' | 'unsure';

/** Everything asked so far; any field may still be missing mid-flow. */
export interface Draft {
  pain?: number;
  area?: Area;
  since?: SinceChoice;
  /** A picked local date-time (`YYYY-MM-DDTHH:mm`) instead of a quick choice. */
  sinceAt?: string;
  massage?: MassageChoice;
  trend?: Trend;
  firstEpisode?: boolean;
  answers: Partial<Record<Symptom, Answer>>;
  history: History[];
  age?: number;
  pregnancyWeeks?: number | null;
  desk?: boolean;
  sleep?: SleepChoice;
}

/** A fresh, empty draft. */
export function emptyDraft(): Draft {
  return { answers: {}, history: [] };
}

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/** The quick "since when" choices, in the order shown, with their labels. */
export const SINCE_CHOICES: readonly { value: SinceChoice; label: string }[] = [
  { value: 'hour', label: 'Less than an hour ago' },
  { value: 'today', label: 'Earlier today' },
  { value: 'yesterday', label: 'Yesterday' },
  { value: 'days', label: '2 to 3 days ago' },
  { value: 'week', label: 'About a week ago' },
  { value: 'weeks', label: 'More than 3 weeks ago' },
];

/** When the episode began, from a quick choice or a picked date-time; never after `at`. */
export function onsetFrom(draft: Draft, at: Date): Date {
  const t = at.getTime();
  if (draft.sinceAt) {
    const picked = new Date(draft.sinceAt).getTime();
    if (Number.isFinite(picked)) return new Date(Math.min(picked, t));
  }
  switch (draft.since) {
    case 'hour':
      return new Date(t - 0.5 * HOUR);
    case 'yesterday':
      return new Date(t - DAY);
    case 'days':
      return new Date(t - 2.5 * DAY);
    case 'week':
      return new Date(t - 7 * DAY);
    case 'weeks':
      // RF-NO-IMPROVEMENT looks for more than 21 days: "more than 3 weeks" must land past it.
      return new Date(t - 22 * DAY);
    default: {
      // "Earlier today": halfway between midnight and now, at least an hour ago.
      const midnight = new Date(at);
      midnight.setHours(0, 0, 0, 0);
      return new Date(t - Math.max(HOUR, (t - midnight.getTime()) / 2));
    }
  }
}

/** The massage instant: the choice is how long before the pain began (RF-POST-MASSAGE-LONG looks at 24 h). */
export function massageFrom(choice: MassageChoice | undefined, onset: Date): Date | null {
  if (choice === 'lt12') return new Date(onset.getTime() - 6 * HOUR);
  if (choice === '12to24') return new Date(onset.getTime() - 18 * HOUR);
  if (choice === 'gt24') return new Date(onset.getTime() - 48 * HOUR);
  return null;
}

/** Hours of sleep for a choice (SL-HOURS: under 7 adds the sleep item). */
export function sleepHoursFrom(choice: SleepChoice | undefined): number | null {
  return { lt5: 4.5, '5to6': 5.5, '7to8': 7.5, '9plus': 9, unknown: null }[choice ?? 'unknown'];
}

/**
 * The symptoms to report: every "yes", and "not sure" where the question is emergency-level, because a
 * possible emergency must be treated as one (issue 4).
 */
export function symptomsFrom(draft: Draft, emergencyLevel: (s: Symptom) => boolean): Symptom[] {
  const out: Symptom[] = [];
  for (const [id, answer] of Object.entries(draft.answers) as [Symptom, Answer][]) {
    if (answer === 'yes' || (answer === 'unsure' && emergencyLevel(id))) out.push(id);
  }
  return out;
}

/** Age used before the person has told us theirs: adult, below every age rule (50, 60, 65). */
export const PROVISIONAL_AGE = 30;

/**
 * The CheckIn for these answers at `at`, with the care log from the device's events. Missing answers take
 * calm defaults, so it can be assessed mid-flow to catch an emergency as soon as it is answered.
 */
export function buildCheckIn(
  draft: Draft,
  at: Date,
  events: readonly NewEvent[],
  emergencyLevel: (s: Symptom) => boolean,
): CheckIn {
  const onset = onsetFrom(draft, at);
  const massage = massageFrom(draft.massage, onset);
  const atIso = at.toISOString();
  return {
    at: atIso,
    painScore: draft.pain ?? 0,
    area: draft.area ?? 'lower',
    onsetAt: onset.toISOString(),
    firstEpisode: draft.firstEpisode ?? false,
    trend: draft.trend ?? 'same',
    massageAt: massage ? massage.toISOString() : null,
    age: draft.age ?? PROVISIONAL_AGE,
    pregnancyWeeks: draft.pregnancyWeeks ?? null,
    symptoms: symptomsFrom(draft, emergencyLevel),
    history: [...draft.history],
    soughtCare: false,
    workAtDesk: draft.desk ?? false,
    sleepHours: sleepHoursFrom(draft.sleep),
    log: careLogFrom(events, atIso),
  };
}
