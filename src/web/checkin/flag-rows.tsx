/**
 * The red flags, right after the pain score (safety first, in as few taps as possible): every emergency sign as a
 * large row, where one tap (yes, or not sure) shows the emergency card at once; then the urgent and doctor-level
 * signs, with the history that raises a flag by itself, ticked as rows. One big "None of these" on each.
 */
import { useState } from 'preact/hooks';
import type { FlowAnswers } from '../../domain/checkin-flow/answers.ts';
import type { Step } from '../../domain/checkin-flow/next-step.ts';
import { EMERGENCY_ROWS } from '../../domain/checkin-flow/rows.ts';
import type { History, Symptom } from '../../domain/contract/ids.ts';
import { HISTORY_QUESTIONS, SYMPTOM_QUESTIONS } from '../../domain/triage/questions.ts';
import { Screen, TickRows } from './choice-step.tsx';
import type { StepProps } from './step-props.ts';

const SYMPTOM = new Map(SYMPTOM_QUESTIONS.map((q) => [q.id, q]));
const HISTORY = new Map(HISTORY_QUESTIONS.map((q) => [q.id, q]));

type FlagStep = Extract<Step, { id: 'flags-emergency' | 'flags-urgent' }>;

export function EmergencyFlagsStep(p: StepProps<FlagStep>) {
  const flags = p.state.answers.flags ?? {};
  const none = () => {
    const patch: FlowAnswers['flags'] = {};
    for (const s of EMERGENCY_ROWS) if (flags[s] === undefined) patch[s] = 'no';
    p.answer({ flags: patch });
  };
  const pressed = EMERGENCY_ROWS.filter((s) => flags[s] === 'yes');
  return (
    <Screen
      id="flags-emergency"
      progress={p.progress}
      onBack={p.onBack}
      title="Does any of this apply now?"
      hint="Tap any that apply, or that you are not sure about."
    >
      <ul class="choices" aria-label="Warning signs">
        {EMERGENCY_ROWS.map((s) => {
          const q = SYMPTOM.get(s);
          return (
            <li key={s}>
              <button
                type="button"
                class="choice"
                data-symptom={s}
                aria-pressed={flags[s] === 'yes'}
                onClick={() => p.answer({ flags: { [s]: flags[s] === 'yes' ? 'no' : 'yes' } })}
              >
                <span>
                  {q?.question}
                  {q?.hint ? (
                    <>
                      <br />
                      <span class="small muted">{q.hint}</span>
                    </>
                  ) : null}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        class="btn btn-block"
        data-none={pressed.length ? undefined : ''}
        data-next={pressed.length ? '' : undefined}
        onClick={none}
      >
        {pressed.length ? 'Next' : 'None of these'}
      </button>
    </Screen>
  );
}

export function UrgentFlagsStep(p: StepProps<FlagStep>) {
  type Row = Symptom | History;
  const [ticked, setTicked] = useState<Row[]>([]);
  const rows = [
    ...p.step.symptoms.map((s) => ({
      value: s as Row,
      label: SYMPTOM.get(s)?.question ?? s,
      hint: SYMPTOM.get(s)?.hint,
    })),
    ...p.step.history.map((h) => ({
      value: h as Row,
      label: HISTORY.get(h)?.question ?? h,
      hint: HISTORY.get(h)?.hint,
    })),
  ];
  const done = () => {
    const flags: FlowAnswers['flags'] = {};
    for (const s of p.step.symptoms) flags[s] = ticked.includes(s) ? 'yes' : 'no';
    const history: FlowAnswers['history'] = {};
    for (const h of p.step.history) history[h] = ticked.includes(h);
    p.answer({ flags, history });
  };
  return (
    <Screen
      id="flags-urgent"
      progress={p.progress}
      onBack={p.onBack}
      title="And do any of these apply?"
      hint="Tick any that are true for you. These need a doctor soon, not an ambulance."
    >
      <TickRows
        label="Other warning signs"
        rows={rows}
        ticked={ticked}
        onToggle={(v, on) => setTicked(on ? [...ticked, v] : ticked.filter((t) => t !== v))}
        onDone={done}
      />
    </Screen>
  );
}
