/**
 * "Still true?": a returning person is not asked everything again, but sees what Unknot remembers and confirms it
 * with one tap, with today's log beside it. After 30 days the review is offered first.
 */
import type { FlowAnswers } from '../../domain/checkin-flow/answers.ts';
import { historyOf } from '../../domain/checkin-flow/answers.ts';
import type { Step } from '../../domain/checkin-flow/next-step.ts';
import { HISTORY_QUESTIONS } from '../../domain/triage/questions.ts';
import { Screen } from './choice-step.tsx';
import { AGE_BANDS, bandOf } from './draft.ts';
import type { StepProps } from './step-props.ts';
import { TodayLog } from './today-step.tsx';

const QUESTION = new Map(HISTORY_QUESTIONS.map((q) => [q.id, q.question]));

function when(iso: string): string {
  return new Date(iso).toLocaleString([], {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: 'numeric',
    minute: '2-digit',
  });
}

/** What is remembered, one short line each. */
export function rememberedLines(a: FlowAnswers): string[] {
  const lines: string[] = [];
  if (a.onsetAt) {
    lines.push(
      `The same pain, which began ${when(a.onsetAt)}${a.massageAt ? ', after a massage' : ', not after a massage'}.`,
    );
  }
  if (a.age !== undefined)
    lines.push(`Age: ${AGE_BANDS.find((b) => b.value === bandOf(a.age ?? 0))?.label}.`);
  const yes = historyOf(a.history);
  if (yes.length > 0) for (const h of yes) lines.push(`You said yes to: ${QUESTION.get(h) ?? h}`);
  else if (Object.keys(a.history ?? {}).length > 0) lines.push('None of the health questions applied.');
  if (a.pregnancyWeeks) lines.push(`Pregnant, about ${a.pregnancyWeeks} weeks.`);
  if (a.workAtDesk !== undefined)
    lines.push(a.workAtDesk ? 'You work at a desk.' : 'You do not work at a desk.');
  return lines;
}

export function ConfirmStep(p: StepProps<Extract<Step, { id: 'confirm' }>>) {
  const lines = rememberedLines(p.remembered?.answers ?? {});
  const due = p.step.reviewDue;
  return (
    <Screen
      id="confirm"
      progress={p.progress}
      onBack={p.onBack}
      title="Is this still true?"
      hint={
        due
          ? 'You told us these more than 30 days ago. Please look them over, or review them.'
          : 'From your last check-in.'
      }
    >
      <div class="card" data-remembered>
        <ul>
          {lines.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      </div>
      <div class="stack">
        <button
          type="button"
          class="btn btn-block"
          data-confirm
          onClick={() => p.answer({ confirmed: true })}
        >
          Yes, still true: see my plan
        </button>
        <button
          type="button"
          class={due ? 'btn btn-block' : 'btn-secondary btn-block'}
          data-review
          onClick={p.review}
        >
          {due ? 'Review my answers' : 'Something changed'}
        </button>
      </div>
      <TodayLog />
    </Screen>
  );
}

export function TodayStep(p: StepProps) {
  return (
    <Screen
      id="today"
      progress={p.progress}
      onBack={p.onBack}
      title="What have you already done today?"
      next={{ label: 'See my plan', onClick: () => p.answer({ logChecked: true }) }}
    >
      <p class="muted">This keeps doses and timings safe. Your log on this phone is already counted.</p>
      <TodayLog />
    </Screen>
  );
}
