/**
 * The check-in's state and reducer: the answers so far (the domain's FlowAnswers), the quick choices behind
 * them, and the answers before each step so Back undoes exactly one screen. Pure, so it is tested without a
 * browser; which screen comes next is the domain's `nextStep`, never decided here.
 */
import type { FlowAnswers, FlowContext, Remembered } from '../../domain/checkin-flow/answers.ts';
import type { FlowResult } from '../../domain/checkin-flow/next-step.ts';
import type { Choices } from './draft.ts';

export interface FlowState {
  answers: FlowAnswers;
  choices: Choices;
  /** The state before each answer, newest last. */
  past: { answers: FlowAnswers; choices: Choices; useRemembered: boolean }[];
  /** False once the person says something changed: the remembered answers are asked again. */
  useRemembered: boolean;
}

export type FlowAction =
  /** An answer to the current screen: merged into the answers (flags and history item by item). */
  | { type: 'answer'; answers: FlowAnswers; choices?: Choices }
  /** Back one screen. */
  | { type: 'back' }
  /** "Something changed" / "Review my answers": stop using the remembered answers. */
  | { type: 'review' };

/** A fresh check-in. */
export function initialFlow(): FlowState {
  return { answers: {}, choices: {}, past: [], useRemembered: true };
}

function merge(a: FlowAnswers, patch: FlowAnswers): FlowAnswers {
  const next: FlowAnswers = { ...a, ...patch };
  if (patch.flags) next.flags = { ...a.flags, ...patch.flags };
  if (patch.history) next.history = { ...a.history, ...patch.history };
  return next;
}

/**
 * The next state.
 * @example flowReducer(initialFlow(), { type: 'answer', answers: { painScore: 7 } }).answers.painScore // 7
 */
export function flowReducer(state: FlowState, action: FlowAction): FlowState {
  const snapshot = { answers: state.answers, choices: state.choices, useRemembered: state.useRemembered };
  switch (action.type) {
    case 'answer':
      return {
        ...state,
        answers: merge(state.answers, action.answers),
        choices: { ...state.choices, ...action.choices },
        past: [...state.past, snapshot],
      };
    case 'back': {
      const previous = state.past[state.past.length - 1];
      if (!previous) return state;
      return { ...previous, past: state.past.slice(0, -1) };
    }
    case 'review':
      // The confirmation is withdrawn with the memory it confirmed.
      return {
        ...state,
        answers: { ...state.answers, confirmed: undefined },
        useRemembered: false,
        past: [...state.past, snapshot],
      };
  }
}

/** The remembered answers this state uses: none once the person asked to review them. */
export function rememberedFor(state: FlowState, remembered: Remembered | null): Remembered | null {
  return state.useRemembered ? remembered : null;
}

/** The domain's next step for this state (`nextStep` is passed in: it loads after the first screen). */
export function resultOf(
  state: FlowState,
  context: FlowContext,
  nextStep: (a: FlowAnswers, c: FlowContext) => FlowResult,
): FlowResult {
  return nextStep(state.answers, {
    ...context,
    remembered: rememberedFor(state, context.remembered ?? null),
  });
}
