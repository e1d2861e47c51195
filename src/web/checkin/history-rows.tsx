/**
 * The history screens: only the conditions that can change today's plan (anything else only costs taps), as rows
 * with one "None of these", asked once and remembered. While reviewing, the rows start as the person last answered
 * them.
 */
import { useState } from 'preact/hooks';
import type { FlowAnswers } from '../../domain/checkin-flow/answers.ts';
import type { Step } from '../../domain/checkin-flow/next-step.ts';
import { PREGNANCY_CHOICES } from '../../domain/checkin-flow/rows.ts';
import type { History } from '../../domain/contract/ids.ts';
import { HISTORY_QUESTIONS } from '../../domain/triage/questions.ts';
import { Screen, TickRows } from './choice-step.tsx';
import type { StepProps } from './step-props.ts';

const QUESTION = new Map(HISTORY_QUESTIONS.map((q) => [q.id, q]));

type HistoryStep = Extract<Step, { id: 'bones' | 'medicines' | 'skin' }>;
type Row = History | 'pregnant_under20' | 'pregnant_from20';

const TITLES: Readonly<Record<HistoryStep['id'], { title: string; hint: string }>> = {
  bones: {
    title: 'After a fall: your bones',
    hint: 'A small fall matters more when bones are thinner. Tick any that are true.',
  },
  medicines: {
    title: 'Before we suggest a medicine',
    hint: 'Tick any that are true for you. We ask once and remember your answers.',
  },
  skin: {
    title: 'Before we suggest cold, heat or a cream',
    hint: 'Tick any that are true for you. We ask once and remember your answers.',
  },
};

function previousTicks(step: HistoryStep, previous: FlowAnswers | null): Row[] {
  if (!previous) return [];
  const rows: Row[] = step.history.filter((h) => previous.history?.[h] === true);
  const weeks = previous.pregnancyWeeks;
  if (step.pregnancy && weeks)
    rows.push(weeks >= PREGNANCY_CHOICES.from20 - 4 ? 'pregnant_from20' : 'pregnant_under20');
  return rows;
}

export function HistoryStepScreen(p: StepProps<HistoryStep>) {
  const { step } = p;
  const [ticked, setTicked] = useState<Row[]>(() => previousTicks(step, p.previous));
  const rows: { value: Row; label: string; hint?: string | undefined }[] = step.history.map((h) => ({
    value: h,
    label: QUESTION.get(h)?.question ?? h,
    hint: QUESTION.get(h)?.hint,
  }));
  if (step.pregnancy) {
    rows.push(
      { value: 'pregnant_under20', label: 'I am pregnant, less than 20 weeks' },
      { value: 'pregnant_from20', label: 'I am pregnant, 20 weeks or more' },
    );
  }
  const toggle = (v: Row, on: boolean) => {
    // The two pregnancy rows exclude each other.
    const others = v.startsWith('pregnant_') ? ticked.filter((t) => !t.startsWith('pregnant_')) : ticked;
    setTicked(on ? [...others, v] : ticked.filter((t) => t !== v));
  };
  const done = () => {
    const history: FlowAnswers['history'] = {};
    for (const h of step.history) history[h] = ticked.includes(h);
    const answers: FlowAnswers = { history };
    if (step.pregnancy) {
      answers.pregnancyWeeks = ticked.includes('pregnant_from20')
        ? PREGNANCY_CHOICES.from20
        : ticked.includes('pregnant_under20')
          ? PREGNANCY_CHOICES.under20
          : null;
    }
    p.answer(answers);
  };
  return (
    <Screen
      id={step.id}
      progress={p.progress}
      onBack={p.onBack}
      title={TITLES[step.id].title}
      hint={TITLES[step.id].hint}
    >
      <TickRows label={TITLES[step.id].title} rows={rows} ticked={ticked} onToggle={toggle} onDone={done} />
    </Screen>
  );
}
