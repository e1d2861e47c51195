/**
 * Answers the adaptive flow from a known CheckIn, the way a person who knows their own answers would: the
 * test support of the safety-equivalence property (the adaptive flow never skips a red flag nor changes the
 * result) and of the bench.
 */
import type { CheckIn } from '../contract/checkin.schema.ts';
import type { History } from '../contract/ids.ts';
import type { FlowAnswers, FlowContext } from './answers.ts';
import { type FlowResult, nextStep, type Step } from './next-step.ts';

/** The context a CheckIn was made in: its instant, log and whether care was already sought. */
export function contextOf(c: CheckIn): FlowContext {
  return { at: c.at, log: c.log, soughtCare: c.soughtCare, area: c.area };
}

/** The answers this CheckIn gives to one step. */
export function answerStep(c: CheckIn, step: Step, a: FlowAnswers): FlowAnswers {
  const has = (h: History) => c.history.includes(h);
  const history = (rows: readonly History[]) => ({
    ...a.history,
    ...Object.fromEntries(rows.map((h) => [h, has(h)])),
  });
  switch (step.id) {
    case 'pain':
      return { ...a, painScore: c.painScore };
    case 'flags-emergency':
    case 'flags-urgent': {
      const flags = { ...a.flags };
      for (const s of step.symptoms) flags[s] = c.symptoms.includes(s) ? 'yes' : 'no';
      return { ...a, flags, history: history(step.history) };
    }
    case 'since':
      return { ...a, onsetAt: c.onsetAt };
    case 'massage':
      return { ...a, massageAt: c.massageAt };
    case 'trend':
      return { ...a, trend: c.trend };
    case 'age':
      return { ...a, age: c.age };
    case 'first':
      return { ...a, firstEpisode: c.firstEpisode };
    case 'bones':
    case 'medicines':
    case 'skin': {
      const next: FlowAnswers = { ...a, history: history(step.history) };
      if (step.pregnancy) next.pregnancyWeeks = c.pregnancyWeeks;
      return next;
    }
    case 'desk':
      return { ...a, workAtDesk: c.workAtDesk };
    case 'sleep':
      return { ...a, sleepHours: c.sleepHours };
    case 'today':
      return { ...a, logChecked: true };
    case 'confirm':
      return { ...a, confirmed: true };
  }
}

/** A run of the flow: every step asked, in order, and where it ended. */
export interface FlowRun {
  steps: Step[];
  answers: FlowAnswers;
  result: Extract<FlowResult, { done: true }>;
}

/**
 * Answers the flow from `c` until it is done (throws after 30 steps: the flow must end).
 * @example runFlow(checkIn).result.level
 */
export function runFlow(c: CheckIn, context: FlowContext = contextOf(c)): FlowRun {
  let answers: FlowAnswers = {};
  const steps: Step[] = [];
  for (let i = 0; i < 30; i++) {
    const r = nextStep(answers, context);
    if (r.done) return { steps, answers, result: r };
    steps.push(r.step);
    answers = answerStep(c, r.step, answers);
  }
  throw new Error('the check-in flow did not end within 30 steps');
}
