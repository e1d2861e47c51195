import type { CareLog, CheckIn } from '../contract/checkin.schema.ts';
import type { FactId } from '../facts/fact-ids.ts';
import type { FollowUpAnswer } from './aftercare.schema.ts';

const HOUR_MS = 3_600_000;
/** Follow-ups come 24 h and 48 h after the visit's end (MA-COMMON: soreness mostly starts within 12 h and is gone by 36 h, so the two answers bracket its course). */
export const FOLLOW_UP_HOURS = [24, 48] as const;
/** RF-POST-MASSAGE-LONG: soreness still there after 72 h from the massage is not the usual course. */
export const POST_MASSAGE_LIMIT_HOURS = 72;
/** A visit note can be corrected for 24 h after completion; the earlier text is kept. */
export const CORRECTION_HOURS = 24;

/** What a follow-up is built from besides the answers: the visit and the client's latest check-in. */
export interface FollowUpContext {
  /** The follow-up's instant (the server's now). */
  at: string;
  /** The visit's start: the check-in's `massageAt`. */
  massageAt: string;
  /** 24 or 48. */
  hours: number;
  /** The client's latest check-in before now, if any: area, age, history and the pain before the visit. */
  latest: CheckIn | null;
  /** The pain score of the client's last check-in before the visit's start (null: none). */
  painBefore: number | null;
  log: CareLog;
}

/**
 * A CheckIn from a follow-up's answers, so the same triage and plan run as for any check-in (MA-NOT-NORMAL:
 * every red flag applies after a massage). What the follow-up does not ask comes from the latest check-in;
 * without one, the cautious defaults: the lower back, age 50 (the older band that raises more flags) and pain
 * that began at the visit.
 */
export function followUpCheckIn(answer: FollowUpAnswer, ctx: FollowUpContext): CheckIn {
  const l = ctx.latest;
  const trend =
    ctx.painBefore === null
      ? 'same'
      : answer.painScore > ctx.painBefore
        ? 'worse'
        : answer.painScore < ctx.painBefore
          ? 'better'
          : 'same';
  const onsetAt = l !== null && Date.parse(l.onsetAt) <= Date.parse(ctx.at) ? l.onsetAt : ctx.massageAt;
  return {
    at: ctx.at,
    painScore: answer.painScore,
    area: l?.area ?? 'lower',
    onsetAt,
    firstEpisode: l?.firstEpisode ?? false,
    trend,
    massageAt: ctx.massageAt,
    age: l?.age ?? 50,
    pregnancyWeeks: l?.pregnancyWeeks ?? null,
    symptoms: answer.symptoms,
    history: l?.history ?? [],
    soughtCare: false,
    workAtDesk: l?.workAtDesk ?? false,
    sleepHours: l?.sleepHours ?? null,
    ...(l?.country !== undefined ? { country: l.country } : {}),
    log: ctx.log,
  };
}

/** What the follow-up adds to the assessment when pain is higher 48 h after the visit than before it. */
export interface WorseAfterVisit {
  fact: FactId;
  message: string;
  /** See a clinician if it is not easing by then (the visit's start + 72 h). */
  seeClinicianBy: string;
}

/**
 * RF-POST-MASSAGE-LONG (product rule on MA-COMMON): at the 48 h follow-up, pain higher than before the visit is
 * not the usual soreness, which mostly eases by 36 h. Say what to do now and when to see a clinician.
 */
export function worseAfterVisit(answer: FollowUpAnswer, ctx: FollowUpContext): WorseAfterVisit | null {
  if (ctx.hours < 48 || ctx.painBefore === null || answer.painScore <= ctx.painBefore) return null;
  const by = new Date(Date.parse(ctx.massageAt) + POST_MASSAGE_LIMIT_HOURS * HOUR_MS).toISOString();
  return {
    fact: 'RF-POST-MASSAGE-LONG',
    message:
      'Your pain is higher now than before the massage. Usual soreness after a massage eases within a day or two, so keep to gentle movement and today’s plan, skip any massage for now, and see a doctor or physiotherapist if it is not clearly easing by the time shown, or at once if any warning sign appears.',
    seeClinicianBy: by,
  };
}

/** The follow-up rows of a visit: due 24 h and 48 h after its end. */
export function followUpDueTimes(endMs: number): { hours: number; dueMs: number }[] {
  return FOLLOW_UP_HOURS.map((hours) => ({ hours, dueMs: endMs + hours * HOUR_MS }));
}

/** A follow-up's status for either side: `done` once answered, `due` from its time, else `scheduled`. */
export function followUpStatus(
  dueMs: number,
  answered: boolean,
  nowMs: number,
): 'done' | 'due' | 'scheduled' {
  if (answered) return 'done';
  return nowMs >= dueMs ? 'due' : 'scheduled';
}

/** What is normal after a massage and what is not (MA-COMMON, MA-NOT-NORMAL), for the client's aftercare. */
export const AFTERCARE_GUIDE = {
  normal: {
    fact: 'MA-COMMON' satisfies FactId,
    text: 'Some people (about 1 in 10) feel minor soreness after a massage. It usually starts within 12 hours and is gone within a day and a half.',
  },
  notNormal: {
    fact: 'MA-NOT-NORMAL' satisfies FactId,
    text: 'Severe pain, pain that keeps getting worse or lasts beyond three days, dark or very little urine with sore weak muscles, new numbness or weakness in the legs or around the groin, changes in bladder or bowel control, fever or chest pain are not usual soreness: answer the follow-up or do a check-in, and act on what it says.',
  },
} as const;
