import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { Assessment } from '../../domain/contract/assessment.ts';
import { SYMPTOM_QUESTIONS } from '../../domain/triage/questions.ts';
import { EmergencyCard } from '../checkin/alert-cards.tsx';
import { api } from '../lib/api.ts';

interface FollowUp {
  id: string;
  hours: number;
  dueAt: string;
  status: 'done' | 'due' | 'scheduled';
}
interface Visit {
  id: string;
  therapistName: string;
  shareFollowUps: boolean;
  visitNote: { areas: string[]; pressure: string; techniques: string[]; advice?: string } | null;
  followUps: FollowUp[];
  aftercare?: { normal: { text: string; fact: string }; notNormal: { text: string; fact: string } };
}

/** The client's aftercare for one visit (issue 13): the note, what is normal, the follow-ups and consent. */
export function AftercarePage({ id }: { id: string }) {
  const visit = useSignal<Visit | null>(null);
  const result = useSignal<Assessment | null>(null);
  const error = useSignal('');
  const load = () =>
    api<Visit>(`/bookings/${id}`)
      .then((v) => {
        visit.value = v;
      })
      .catch((e: unknown) => {
        error.value = e instanceof Error ? e.message : 'Could not load this visit.';
      });
  useEffect(() => {
    void load();
  }, [id]);

  if (result.value?.triage.level === 'emergency') return <EmergencyCard flags={result.value.triage.flags} />;
  const v = visit.value;
  if (v === null) return <p role="status">{error.value || 'Loading…'}</p>;
  const due = v.followUps.find((f) => f.status === 'due');

  async function answer(event: Event, f: FollowUp) {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    try {
      result.value = await api<Assessment>(`/followups/${f.id}`, {
        method: 'POST',
        body: {
          painScore: Number(form.get('pain')),
          soreness: Number(form.get('soreness')),
          symptoms: form.getAll('symptom').map(String),
        },
      });
      await load();
    } catch (e) {
      error.value = e instanceof Error ? e.message : 'Could not send your answers.';
    }
  }

  async function share(on: boolean) {
    await api(`/bookings/${id}`, { method: 'PATCH', body: { shareFollowUps: on } });
    await load();
  }

  return (
    <section aria-labelledby="aftercare-title">
      <h1 id="aftercare-title">After your massage with {v.therapistName}</h1>
      {v.aftercare ? (
        <>
          <p>{v.aftercare.normal.text}</p>
          <p>
            <strong>{v.aftercare.notNormal.text}</strong>
          </p>
        </>
      ) : null}
      {v.visitNote ? (
        <p>
          Worked on: {v.visitNote.areas.join(', ')} · pressure {v.visitNote.pressure}
          {v.visitNote.advice ? ` · advice: ${v.visitNote.advice}` : ''}
        </p>
      ) : null}
      {result.value ? (
        <p role="status">Thank you. Your answers were checked: {result.value.triage.level}.</p>
      ) : null}
      {due ? (
        <form onSubmit={(e) => void answer(e, due)}>
          <h2>{due.hours} hours after the visit</h2>
          <label>
            Pain now (0-10) <input name="pain" type="number" min={0} max={10} required />
          </label>
          <label>
            Soreness (0-10) <input name="soreness" type="number" min={0} max={10} required />
          </label>
          <fieldset>
            <legend>Anything new? Tick any that apply, or none.</legend>
            {SYMPTOM_QUESTIONS.map((q) => (
              <label key={q.id}>
                <input type="checkbox" name="symptom" value={q.id} /> {q.question}
              </label>
            ))}
          </fieldset>
          <button type="submit">Send</button>
        </form>
      ) : (
        <ul>
          {v.followUps.map((f) => (
            <li key={f.id}>
              {f.hours} h follow-up: {f.status}
            </li>
          ))}
        </ul>
      )}
      <label>
        <input
          type="checkbox"
          checked={v.shareFollowUps}
          onChange={(e) => void share((e.currentTarget as HTMLInputElement).checked)}
        />{' '}
        Let my therapist see my follow-up answers
      </label>
      {error.value ? <p role="alert">{error.value}</p> : null}
    </section>
  );
}
