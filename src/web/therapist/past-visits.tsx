/** The therapist's "Past visits": complete a started visit with a note, correct it, see how the client did. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { type Booking, bookingDetail } from '../booking/booking-api.ts';
import { dayKey, longDayLabel, timeLabel } from '../booking/time-format.ts';
import { NoteForm } from './note-form.tsx';
import { FollowUpOutcomes, ReviewLine } from './outcomes.tsx';
import { correctable, pastVisits } from './past-visits.ts';
import { type AgendaVisit, completeVisit, type VisitAftercare, type VisitNote } from './therapist-api.ts';

/** Enough to scroll through on a phone; "Show more" adds as many again. */
const PAGE = 10;

function message(e: unknown, fallback: string): string {
  return e instanceof Error && e.message ? e.message : fallback;
}

function PastVisitCard(props: {
  v: AgendaVisit;
  nowMs: number;
  onSaved: (v: AgendaVisit, note: string) => void;
}) {
  const { v, nowMs } = props;
  const [form, setForm] = useState<{ initial?: VisitNote } | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const completed = v.status === 'completed';
  const title = `${timeLabel(v.start, v.timeZone)} to ${timeLabel(v.end, v.timeZone)}, ${v.clientName}`;

  async function openCorrection() {
    setError(null);
    try {
      const detail = await bookingDetail<Booking & VisitAftercare>(v.id);
      setForm({ initial: detail.visitNote ?? undefined });
    } catch (e) {
      setError(message(e, 'The saved note could not load.'));
    }
  }

  async function save(note: VisitNote) {
    setSaving(true);
    setError(null);
    try {
      const saved = await completeVisit(v.id, note);
      setForm(null);
      props.onSaved(
        { ...v, ...saved, status: 'completed' },
        `Visit note saved for ${v.clientName || 'the client'}. They now see their aftercare.`,
      );
    } catch (e) {
      setError(message(e, 'The note could not be saved. Try again.'));
    } finally {
      setSaving(false);
    }
  }

  return (
    <li class="card tp-visit" data-booking={v.id} data-status={v.status}>
      <div class="bk-head">
        <h3>{title}</h3>
        <span class={completed ? 'badge bk-ok' : 'badge'}>{completed ? 'Completed' : 'Started'}</span>
      </div>
      <p class="small muted">{longDayLabel(dayKey(v.start, v.timeZone))}</p>
      {completed ? <p class="tp-done">Visit completed</p> : null}
      {form ? (
        <NoteForm
          id={`note-${v.id}`}
          initial={form.initial}
          saving={saving}
          error={error}
          onSave={(n) => void save(n)}
          onCancel={() => {
            setForm(null);
            setError(null);
            requestAnimationFrame(() => opener.current?.focus());
          }}
        />
      ) : (
        <>
          {!completed ? (
            <div class="row">
              <button type="button" class="btn" ref={opener} onClick={() => setForm({})}>
                Complete visit
              </button>
            </div>
          ) : null}
          {completed && correctable(v, nowMs) ? (
            <div class="row">
              <button type="button" class="btn-secondary" ref={opener} onClick={() => void openCorrection()}>
                Correct note
              </button>
            </div>
          ) : null}
          {error ? (
            <p class="error" role="alert">
              {error}
            </p>
          ) : null}
        </>
      )}
      {completed ? <FollowUpOutcomes v={v} /> : null}
      <ReviewLine review={v.review} />
      {v.clientKey ? (
        <p>
          <a href={`#/clients/${encodeURIComponent(v.clientKey)}`}>
            Client history<span class="sr-only"> of {v.clientName || 'this client'}</span>
          </a>
        </p>
      ) : null}
    </li>
  );
}

/**
 * Visits that have started: those to complete first, then completed ones, newest first, a page at a time.
 * After a save the live note says so and focus moves to it, since the form it came from is gone.
 */
export function PastVisits(props: { list: AgendaVisit[] | null; onChange: (v: AgendaVisit) => void }) {
  const [shown, setShown] = useState(PAGE);
  const [note, setNote] = useState<string | null>(null);
  const noteRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (note) noteRef.current?.focus();
  }, [note]);
  const nowMs = Date.now();
  const all = pastVisits(props.list ?? [], nowMs);
  const visible = all.slice(0, shown);
  return (
    <section aria-labelledby="past-title" data-section="past">
      <h2 id="past-title">Past visits</h2>
      <p role="status" class="bk-note" tabIndex={-1} ref={noteRef}>
        {note ?? ''}
      </p>
      {props.list !== null && all.length === 0 ? (
        <p class="card">No visits yet. A visit appears here once it starts, ready to complete.</p>
      ) : null}
      <ul class="bk-list" data-list="past">
        {visible.map((v) => (
          <PastVisitCard
            key={v.id}
            v={v}
            nowMs={nowMs}
            onSaved={(updated, text) => {
              props.onChange(updated);
              setNote(text);
            }}
          />
        ))}
      </ul>
      {all.length > visible.length ? (
        <div class="row">
          <p class="small muted">
            Showing {visible.length} of {all.length}.
          </p>
          <button type="button" class="btn-secondary" onClick={() => setShown((n) => n + PAGE)}>
            Show more
          </button>
        </div>
      ) : null}
    </section>
  );
}
