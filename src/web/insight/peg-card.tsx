import { useEffect, useState } from 'preact/hooks';
import { PEG_ITEMS, type PegAnswers, type PegKey } from '../../domain/insight/peg.ts';
import { ApiError } from '../lib/api.ts';
import { fetchPegStatus, sendPeg } from './insight-api.ts';

const SKIP_KEY = 'unknot.peg.skippedAt';
const WEEK = 7 * 86_400_000;
const SCALE = Array.from({ length: 11 }, (_, i) => i);

/**
 * The weekly PEG (IN-PEG): three questions on one screen, word for word, each 0-10; skippable for a week.
 * Shown only when the last answer is a week old.
 */
export function PegCard() {
  const [due, setDue] = useState(false);
  const [answers, setAnswers] = useState<Partial<PegAnswers>>({});
  const [state, setState] = useState<'ask' | 'sending' | 'done' | 'skipped'>('ask');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const skipped = Number(localStorage.getItem(SKIP_KEY) ?? 0);
    if (Date.now() - skipped < WEEK) return;
    fetchPegStatus()
      .then((s) => setDue(s.due))
      .catch(() => setDue(false));
  }, []);
  if (!due) return null;
  if (state === 'done')
    return (
      <p class="card" role="status">
        Thank you. We will ask again in a week.
      </p>
    );
  if (state === 'skipped')
    return (
      <p class="card" role="status">
        Skipped. We will ask again next week.
      </p>
    );

  const complete = PEG_ITEMS.every((i) => answers[i.key] !== undefined);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!complete) return;
    setState('sending');
    try {
      await sendPeg(answers as PegAnswers);
      setState('done');
    } catch (err) {
      setError(err instanceof ApiError ? err.message : 'Could not save. Try again.');
      setState('ask');
    }
  };
  const skip = () => {
    localStorage.setItem(SKIP_KEY, String(Date.now()));
    setState('skipped');
  };
  const pick = (key: PegKey, v: number) => setAnswers({ ...answers, [key]: v });

  return (
    <form class="card stack peg" onSubmit={submit} aria-labelledby="peg-h">
      <h2 id="peg-h">This week's three questions</h2>
      <p class="small muted">For your doctor's report. About 30 seconds; you can skip.</p>
      {PEG_ITEMS.map((item) => (
        <fieldset key={item.key} class="peg-item">
          <legend>{item.question}</legend>
          <div class="peg-scale">
            {SCALE.map((v) => (
              <label key={v} class="peg-opt">
                <input
                  type="radio"
                  name={item.key}
                  value={v}
                  checked={answers[item.key] === v}
                  onChange={() => pick(item.key, v)}
                />
                <span>{v}</span>
              </label>
            ))}
          </div>
          <p class="scale-ends small" aria-hidden="true">
            <span>0 = {item.low}</span>
            <span>10 = {item.high}</span>
          </p>
        </fieldset>
      ))}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="row">
        <button type="submit" class="btn" disabled={!complete || state === 'sending'}>
          Save answers
        </button>
        <button type="button" class="btn-secondary" onClick={skip}>
          Skip this week
        </button>
      </div>
    </form>
  );
}
