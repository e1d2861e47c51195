/**
 * The screens' quick choices and how they become the adaptive flow's answers (domain/checkin-flow), and the
 * CheckIn those answers make. Quick choices ("today", "2-3 days") turn into instants relative to the moment
 * they are given, so the same answers assessed in the browser and on the server give the same result.
 */
import {
  checkInFromAnswers,
  type FlagAnswer,
  type FlowAnswers,
  type Remembered,
} from '../../domain/checkin-flow/answers.ts';
import type { CheckIn } from '../../domain/contract/checkin.schema.ts';
import { careLogFrom, type NewEvent } from '../lib/events.ts';

export type SinceChoice = 'hour' | 'today' | 'yesterday' | 'days' | 'week' | 'weeks';
export type MassageChoice = 'no' | 'lt12' | '12to24' | 'gt24';
export type SleepChoice = 'lt5' | '5to6' | '7to8' | '9plus' | 'unknown';
export type AgeBand = '16-50' | '51-59' | '60-64' | '65+';
export type Answer = FlagAnswer;

/** What each screen last chose, so a screen shows its answer as pressed when the person goes back. */
export interface Choices {
  since?: SinceChoice;
  /** A picked local date-time (`YYYY-MM-DDTHH:mm`) instead of a quick choice. */
  sinceAt?: string;
  massage?: MassageChoice;
  age?: AgeBand;
  sleep?: SleepChoice;
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

/**
 * Age bands cut exactly where a rule changes (RF-NEW-OVER-50: over 50; IB-CAUTION: 60; RF-MINOR-FALL-FRAGILE,
 * HOLD_OLDER_AGE, SLEEP_OLDER_AGE: 65), each standing for one age inside it: one tap instead of typing.
 */
export const AGE_BANDS: readonly { value: AgeBand; label: string; age: number }[] = [
  { value: '16-50', label: '16 to 50', age: 35 },
  { value: '51-59', label: '51 to 59', age: 55 },
  { value: '60-64', label: '60 to 64', age: 62 },
  { value: '65+', label: '65 or over', age: 70 },
];

/** The band an age falls in (for showing a remembered age). */
export function bandOf(age: number): AgeBand {
  if (age <= 50) return '16-50';
  if (age < 60) return '51-59';
  if (age < 65) return '60-64';
  return '65+';
}

/** When the episode began, from a quick choice or a picked date-time; never after `at`. */
export function onsetFrom(choices: Choices, at: Date): Date {
  const t = at.getTime();
  if (choices.sinceAt) {
    const picked = new Date(choices.sinceAt).getTime();
    if (Number.isFinite(picked)) return new Date(Math.min(picked, t));
  }
  switch (choices.since) {
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
 * The CheckIn for these answers at `at`, with the care log from the device's events and the remembered
 * answers under today's. Unasked fields take the domain's calm defaults (checkInFromAnswers).
 */
export function buildCheckIn(
  answers: FlowAnswers,
  at: Date,
  events: readonly NewEvent[],
  remembered: Remembered | null,
): CheckIn {
  const atIso = at.toISOString();
  return checkInFromAnswers(answers, { at: atIso, log: careLogFrom(events, atIso), remembered });
}
