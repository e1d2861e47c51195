/**
 * One follow-up (24 h or 48 h after the visit) as a short form: pain now, soreness, and "Anything new?" as the
 * check-in's own red-flag list with "None of these". The answer runs the same triage as a check-in on the
 * server (MA-NOT-NORMAL: every red flag applies after a massage). When the answer cannot be sent, a ticked
 * red flag is still judged here, so the emergency card never waits for the network.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { followUpCheckIn } from '../../domain/aftercare/follow-up.ts';
import { assess } from '../../domain/assess.ts';
import { EMERGENCY_ROWS, URGENT_ROWS } from '../../domain/checkin-flow/rows.ts';
import type { Symptom } from '../../domain/contract/ids.ts';
import { emptyCareLog } from '../../domain/plan/care-log.ts';
import { SYMPTOM_QUESTIONS } from '../../domain/triage/questions.ts';
import { followUpTitle } from '../booking/visit-status.ts';
import { PainScale } from '../checkin/choice-step.tsx';
import { api } from '../lib/api.ts';
import { nowIso } from '../lib/clock.ts';
import type { AnsweredFollowUp, FollowUpResult } from './types.ts';

const QUESTION = new Map(SYMPTOM_QUESTIONS.map((q) => [q.id, q]));
/** The check-in's order: every emergency sign first, then the urgent and doctor-level ones. */
const ROWS: readonly Symptom[] = [...EMERGENCY_ROWS, ...URGENT_ROWS];

/** The symptom's question as the check-in asks it. */
export function symptomLabel(s: string): string {
  return QUESTION.get(s as Symptom)?.question ?? s;
}

export function FollowUpForm(props: {
  followUp: AnsweredFollowUp;
  visitStart: string;
  onAnswered: (result: FollowUpResult) => void;
}) {
  const f = props.followUp;
  const [pain, setPain] = useState<number | undefined>(undefined);
  const [soreness, setSoreness] = useState<number | undefined>(undefined);
  const [ticked, setTicked] = useState<Symptom[]>([]);
  const [none, setNone] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const problemRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (problem) problemRef.current?.focus();
  }, [problem]);

  async function submit(event: Event) {
    event.preventDefault();
    if (pain === undefined || soreness === undefined || (!none && ticked.length === 0)) {
      setProblem(
        pain === undefined
          ? 'Choose your pain now, from 0 to 10.'
          : soreness === undefined
            ? 'Choose your soreness, from 0 to 10.'
            : 'Under "Anything new?", tick what is new, or "None of these".',
      );
      return;
    }
    const answer = { painScore: pain, soreness, symptoms: none ? [] : ticked };
    setSending(true);
    setProblem(null);
    try {
      props.onAnswered(
        await api<FollowUpResult>(`/followups/${encodeURIComponent(f.id)}`, { method: 'POST', body: answer }),
      );
    } catch (e) {
      // Not sent: a red flag is still judged here with the same triage, so its card shows at once.
      const local = assess(
        followUpCheckIn(answer, {
          at: nowIso(),
          massageAt: props.visitStart,
          hours: f.hours,
          latest: null,
          painBefore: null,
          log: emptyCareLog(),
        }),
      );
      if (local.triage.level === 'emergency' || local.triage.level === 'urgent') props.onAnswered(local);
      setProblem(
        `${e instanceof Error ? e.message : 'Your answers could not be sent.'} Your answers are still here: try again.`,
      );
    } finally {
      setSending(false);
    }
  }

  const toggle = (s: Symptom, on: boolean) => {
    setTicked(on ? [...ticked, s] : ticked.filter((t) => t !== s));
    if (on) setNone(false);
  };

  return (
    <form
      class="card ac-form"
      onSubmit={(e) => void submit(e)}
      aria-labelledby="fu-title"
      data-follow-up={f.hours}
      noValidate
    >
      <h2 id="fu-title">{followUpTitle(f.hours)}</h2>
      <p class="muted">Three short questions about how your back is now.</p>
      <PainScale legend="Pain now" selected={pain} onPick={setPain} />
      <PainScale
        legend="Soreness"
        ends={['0: not sore', '10: as sore as it could be']}
        selected={soreness}
        onPick={setSoreness}
      />
      <fieldset class="bare">
        <legend class="scale-legend">Anything new?</legend>
        <p class="muted small">Tick anything that is new since the visit, or "None of these".</p>
        <ul class="choices" aria-label="Warning signs">
          {ROWS.map((s) => {
            const q = QUESTION.get(s);
            return (
              <li key={s}>
                <label class="choice">
                  <input
                    type="checkbox"
                    name="symptom"
                    value={s}
                    data-symptom={s}
                    checked={ticked.includes(s)}
                    onChange={(e) => toggle(s, e.currentTarget.checked)}
                  />
                  <span>
                    {q?.question ?? s}
                    {q?.hint ? (
                      <>
                        <br />
                        <span class="small muted">{q.hint}</span>
                      </>
                    ) : null}
                  </span>
                </label>
              </li>
            );
          })}
          <li>
            <label class="choice">
              <input
                type="checkbox"
                name="none"
                data-none
                checked={none}
                onChange={(e) => {
                  setNone(e.currentTarget.checked);
                  if (e.currentTarget.checked) setTicked([]);
                }}
              />
              <span>None of these</span>
            </label>
          </li>
        </ul>
      </fieldset>
      {problem ? (
        <p class="error" role="alert" tabIndex={-1} ref={problemRef}>
          {problem}
        </p>
      ) : null}
      <button type="submit" class="btn btn-block" disabled={sending} data-send-follow-up>
        {sending ? 'Sending…' : 'Send follow-up'}
      </button>
    </form>
  );
}
