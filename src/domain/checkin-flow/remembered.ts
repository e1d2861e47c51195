/**
 * Remembered answers: what a person said about their health and this episode, kept on the
 * device and, when signed in, on the account, so a returning person confirms them with one tap. Answers that
 * change day to day (pain, red flags, trend, sleep) are never remembered: they are asked every time. Zod-free,
 * so the browser's check-in does not load zod; the schema is in health-profile.schema.ts.
 */
import { parseInstant } from '../plan/time.ts';
import type { FlowAnswers, Remembered } from './answers.ts';
import type { HealthProfile } from './health-profile.schema.ts';

/** A review of the remembered answers is offered once they are older than this, since health changes. */
export const REVIEW_AFTER_DAYS = 30;
/** A remembered pregnancy is asked again once it would be past this many weeks. */
export const PREGNANCY_MAX_WEEKS = 42;

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * The profile to keep after a check-in: the remembered answers under today's, confirmed at `at`.
 * @example profileFromAnswers(answers, remembered, checkIn.at)
 */
export function profileFromAnswers(
  answers: FlowAnswers,
  remembered: Remembered | null | undefined,
  at: string,
): HealthProfile {
  const a = {
    ...remembered?.answers,
    ...answers,
    history: { ...remembered?.answers.history, ...answers.history },
  };
  const profile: HealthProfile = { history: a.history, episode: null, confirmedAt: at };
  if (a.age !== undefined) profile.age = a.age;
  if (a.pregnancyWeeks !== undefined) profile.pregnancyWeeks = a.pregnancyWeeks;
  if (a.workAtDesk !== undefined) profile.workAtDesk = a.workAtDesk;
  if (a.onsetAt !== undefined) {
    profile.episode = { onsetAt: a.onsetAt, massageAt: a.massageAt ?? null };
    if (a.firstEpisode !== undefined) profile.episode.firstEpisode = a.firstEpisode;
  }
  return profile;
}

/**
 * The answers a profile stands for at `at`: a pregnancy moves on by the weeks since, and is asked again once
 * past {@link PREGNANCY_MAX_WEEKS}; an episode that began after `at` (a wrong clock) is not used.
 */
export function rememberedAt(profile: HealthProfile, at: string): Remembered {
  const atMs = parseInstant(at);
  const answers: FlowAnswers = { history: { ...profile.history } };
  if (profile.age !== undefined) answers.age = profile.age;
  if (profile.workAtDesk !== undefined) answers.workAtDesk = profile.workAtDesk;
  if (profile.pregnancyWeeks === null || profile.pregnancyWeeks === 0) {
    answers.pregnancyWeeks = profile.pregnancyWeeks;
  } else if (profile.pregnancyWeeks !== undefined) {
    const weeks =
      profile.pregnancyWeeks + Math.max(0, Math.floor((atMs - parseInstant(profile.confirmedAt)) / WEEK_MS));
    if (weeks <= PREGNANCY_MAX_WEEKS) answers.pregnancyWeeks = weeks;
  }
  const e = profile.episode;
  if (e && parseInstant(e.onsetAt) <= atMs) {
    answers.onsetAt = e.onsetAt;
    answers.massageAt = e.massageAt;
    if (e.firstEpisode !== undefined) answers.firstEpisode = e.firstEpisode;
  }
  return { answers, confirmedAt: profile.confirmedAt };
}

/** True when the remembered answers are older than {@link REVIEW_AFTER_DAYS} days at `at`. */
export function reviewDue(confirmedAt: string, at: string): boolean {
  return parseInstant(at) - parseInstant(confirmedAt) > REVIEW_AFTER_DAYS * 24 * 60 * 60 * 1000;
}
