/**
 * The adaptive check-in, so a person in pain answers only what can change today's result: from the answers so far,
 * the next question, or done. Safety first: right after the pain score, every emergency red flag on one screen,
 * then every urgent and doctor-level one; then only the questions whose answer can change today's result (see
 * relevance.ts), each asked once.
 */
import type { CheckIn } from '../contract/checkin.schema.ts';
import { type History, type Level, type Symptom, TRENDS } from '../contract/ids.ts';
import { checkInTimes } from '../plan/check-in-times.ts';
import { highestLevel } from '../triage/levels.ts';
import { RED_FLAG_LEVEL } from '../triage/red-flags.ts';
import { raisedFlagIds } from '../triage/triage.ts';
import { checkInFromAnswers, type FlowAnswers, type FlowContext, withRemembered } from './answers.ts';
import { Relevance } from './relevance.ts';
import { REVIEW_AFTER_DAYS, reviewDue } from './remembered.ts';
import {
  EMERGENCY_ROWS,
  HISTORY_ROWS,
  type HistoryScreen,
  PREGNANCY_CHOICES,
  PREGNANCY_SCREENS,
  RISK_ROWS,
  type StepId,
  URGENT_ROWS,
} from './rows.ts';

/** A question screen: which one, and for list screens the rows it shows. */
export type Step =
  | { id: 'flags-emergency' | 'flags-urgent'; symptoms: Symptom[]; history: History[] }
  | { id: HistoryScreen; history: History[]; pregnancy: boolean }
  | { id: 'confirm'; reviewDue: boolean }
  | { id: Exclude<StepId, 'flags-emergency' | 'flags-urgent' | HistoryScreen | 'confirm'> };

/** The flow's answer: ask this, or done with the CheckIn to assess and its triage level. */
export type FlowResult = { done: false; step: Step } | { done: true; level: Level; checkIn: CheckIn };

function unanswered<T extends string>(
  rows: readonly T[],
  known: Partial<Record<T, unknown>> | undefined,
): T[] {
  return rows.filter((r) => known?.[r] === undefined);
}

/** The history rows of one screen that are still unknown and can change the result. */
function historyStep(id: HistoryScreen, a: FlowAnswers, rel: Relevance): Step | null {
  const history = unanswered(HISTORY_ROWS[id], a.history).filter((h) =>
    // The bones screen is a red-flag follow-up (RF-MINOR-FALL-FRAGILE): its rows go there only for that.
    rel.historyMatters(h, id !== 'bones'),
  );
  const pregnancy =
    a.pregnancyWeeks === undefined &&
    PREGNANCY_SCREENS.includes(id) &&
    rel.pregnancyMatters([PREGNANCY_CHOICES.under20, PREGNANCY_CHOICES.from20]);
  return history.length > 0 || pregnancy ? { id, history, pregnancy } : null;
}

/**
 * The next question for these answers, or done. Pure: `context.at` is the only clock. Remembered answers
 * count as answered; a returning person confirms them with one tap at the end ("still true?"), where a
 * review is offered once they are older than {@link REVIEW_AFTER_DAYS} days.
 * @example nextStep({}, { at, log }).step.id // 'pain'
 */
export function nextStep(answers: FlowAnswers, context: FlowContext): FlowResult {
  const a = withRemembered(answers, context.remembered?.answers);
  const checkIn = checkInFromAnswers(answers, context);
  // Instants are parsed once per step, for triage here and for every relevance check below.
  const times = checkInTimes(checkIn);
  const level = highestLevel([...raisedFlagIds(checkIn, times)].map((id) => RED_FLAG_LEVEL[id]));
  const done: FlowResult = { done: true, level, checkIn };
  // An emergency ends the flow at once, whatever is still unanswered (evidence section 1).
  if (level === 'emergency') return done;
  const ask = (step: Step): FlowResult => ({ done: false, step });

  if (a.painScore === undefined) return ask({ id: 'pain' });
  const emergency = unanswered(EMERGENCY_ROWS, a.flags);
  if (emergency.length > 0) return ask({ id: 'flags-emergency', symptoms: emergency, history: [] });
  const urgent = unanswered(URGENT_ROWS, a.flags);
  const risk = unanswered(RISK_ROWS, a.history);
  if (urgent.length > 0 || risk.length > 0)
    return ask({ id: 'flags-urgent', symptoms: urgent, history: risk });

  if (a.onsetAt === undefined) return ask({ id: 'since' });
  if (a.massageAt === undefined) return ask({ id: 'massage' });
  const rel = new Relevance(checkIn, times);
  // RF-NO-IMPROVEMENT, RF-POST-MASSAGE-LONG: the trend matters only for long or post-massage pain, or pain 9+.
  if (
    a.trend === undefined &&
    rel.changes(
      TRENDS.map((trend) => ({ ...checkIn, trend })),
      false,
    )
  ) {
    return ask({ id: 'trend' });
  }
  if (a.age === undefined) return ask({ id: 'age' });
  // RF-NEW-OVER-50: a first episode matters only over 50.
  const firstChanges = rel.changes(
    [true, false].map((firstEpisode) => ({ ...checkIn, firstEpisode })),
    false,
  );
  if (a.firstEpisode === undefined && firstChanges) return ask({ id: 'first' });

  // Each item on the first screen where it can change the result; once answered it is known.
  for (const id of ['bones', 'medicines', 'skin'] as const) {
    const step = historyStep(id, a, rel);
    if (step) return ask(step);
  }
  // Short of an emergency a plan can be shown (at urgent, once care is sought), and the desk and sleep items
  // depend only on these answers (PO-*, SL-*).
  if (a.workAtDesk === undefined) return ask({ id: 'desk' });
  if (a.sleepHours === undefined) return ask({ id: 'sleep' });
  const remembered = context.remembered;
  if (remembered && !a.confirmed) {
    return ask({ id: 'confirm', reviewDue: reviewDue(remembered.confirmedAt, context.at) });
  }
  if (!remembered && !a.logChecked) return ask({ id: 'today' });
  return done;
}
