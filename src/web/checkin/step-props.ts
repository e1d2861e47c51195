/** What every check-in screen gets from the page: its step, the state, and how to answer. */
import type { FlowAnswers, Remembered } from '../../domain/checkin-flow/answers.ts';
import type { Step } from '../../domain/checkin-flow/next-step.ts';
import type { Choices } from './draft.ts';
import type { FlowState } from './flow-state.ts';

export interface StepProps<S extends Step = Step> {
  step: S;
  state: FlowState;
  /** The remembered answers in use (null for a first check-in or once under review). */
  remembered: Remembered | null;
  /** Remembered answers even while under review: they pre-fill the screens being reviewed. */
  previous: FlowAnswers | null;
  answer: (answers: FlowAnswers, choices?: Choices) => void;
  onBack: (() => void) | undefined;
  /** "Something changed": ask the remembered questions again. */
  review: () => void;
  progress: number;
}
