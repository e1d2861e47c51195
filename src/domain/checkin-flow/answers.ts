/**
 * The adaptive check-in's answers and how they become the contract's CheckIn. Answers are
 * kept in CheckIn terms (instants, hours, years), so the same answers give the same assessment in the
 * browser, on the server and in the property test; the screens map their quick choices onto these values.
 */
import type { CareLog, CheckIn } from '../contract/checkin.schema.ts';
import type { Area, History, Symptom, Trend } from '../contract/ids.ts';
import { RED_FLAG_LEVEL, SYMPTOM_FLAG } from '../triage/red-flags.ts';

/** A red-flag answer. "Not sure" counts as yes where the flag is an emergency (evidence section 1). */
export type FlagAnswer = 'yes' | 'no' | 'unsure';

/** Everything answered so far; a missing field has not been asked (or was skipped as irrelevant). */
export interface FlowAnswers {
  painScore?: number;
  flags?: Partial<Record<Symptom, FlagAnswer>>;
  onsetAt?: string;
  massageAt?: string | null;
  trend?: Trend;
  age?: number;
  firstEpisode?: boolean;
  /** History items asked about: true is yes, false no; a missing item has not been asked. */
  history?: Partial<Record<History, boolean>>;
  /** null: not pregnant. */
  pregnancyWeeks?: number | null;
  workAtDesk?: boolean;
  sleepHours?: number | null;
  /** The person has seen "what have you already done today?" (the log comes from the device). */
  logChecked?: boolean;
  /** A returning person said the remembered answers are still true. */
  confirmed?: boolean;
}

/** What the flow knows besides the answers: the instant, the care log, and the remembered answers. */
export interface FlowContext {
  /** The check-in's instant (ISO 8601): every rule is relative to it. */
  at: string;
  log: CareLog;
  /** Answers remembered from earlier check-ins (see `remembered.ts`); null or absent for a first check-in. */
  remembered?: Remembered | null;
  /** Set by the urgent card ("I have already contacted a clinician"); never asked by the flow. */
  soughtCare?: boolean;
  /** Not asked: no rule reads it (kept for the record when an earlier check-in gave it). */
  area?: Area;
}

/** Remembered answers, already projected to the check-in's `at`, and when the person last confirmed them. */
export interface Remembered {
  answers: FlowAnswers;
  confirmedAt: string;
}

/** The age assumed before the person gives theirs: an adult below every age rule (50, 60, 65). */
export const PROVISIONAL_AGE = 30;

/** True when a yes to this symptom raises an emergency-level flag: "not sure" then counts as yes. */
export function isEmergencySymptom(s: Symptom): boolean {
  return RED_FLAG_LEVEL[SYMPTOM_FLAG[s]] === 'emergency';
}

/** The symptoms to report: every yes, and "not sure" where the flag is an emergency. */
export function symptomsOf(flags: FlowAnswers['flags']): Symptom[] {
  const out: Symptom[] = [];
  for (const [id, answer] of Object.entries(flags ?? {}) as [Symptom, FlagAnswer][]) {
    if (answer === 'yes' || (answer === 'unsure' && isEmergencySymptom(id))) out.push(id);
  }
  return out;
}

/** The history items answered yes. */
export function historyOf(history: FlowAnswers['history']): History[] {
  return (Object.entries(history ?? {}) as [History, boolean][]).filter(([, yes]) => yes).map(([h]) => h);
}

/** Remembered answers under the ones given today: today's answer wins, history merges item by item. */
export function withRemembered(
  answers: FlowAnswers,
  remembered: FlowAnswers | null | undefined,
): FlowAnswers {
  if (!remembered) return answers;
  return { ...remembered, ...answers, history: { ...remembered.history, ...answers.history } };
}

/**
 * The CheckIn for these answers in this context. Unasked fields take calm defaults (no massage, onset now,
 * age {@link PROVISIONAL_AGE}, nothing in the history), so it can be triaged after every answer.
 * @example checkInFromAnswers({ painScore: 7 }, { at, log }).painScore // 7
 */
export function checkInFromAnswers(answers: FlowAnswers, context: FlowContext): CheckIn {
  const a = withRemembered(answers, context.remembered?.answers);
  return {
    at: context.at,
    painScore: a.painScore ?? 0,
    area: context.area ?? 'lower',
    onsetAt: a.onsetAt ?? context.at,
    firstEpisode: a.firstEpisode ?? false,
    trend: a.trend ?? 'same',
    massageAt: a.massageAt ?? null,
    age: a.age ?? PROVISIONAL_AGE,
    pregnancyWeeks: a.pregnancyWeeks ?? null,
    symptoms: symptomsOf(a.flags),
    history: historyOf(a.history),
    soughtCare: context.soughtCare ?? false,
    workAtDesk: a.workAtDesk ?? false,
    sleepHours: a.sleepHours ?? null,
    log: context.log,
  };
}
