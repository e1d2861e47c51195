/**
 * The client's aftercare for one visit (`#/aftercare/:id`), for someone who may be sore and reading on a phone:
 * an open follow-up first, then what is normal after a massage and for how long (MA-COMMON), what is not
 * (MA-NOT-NORMAL: every red flag still applies), today's plan, the therapist's note, the follow-ups, consent
 * to share the answers, the rating and "Book again". A red flag in a follow-up shows the check-in's own
 * emergency or urgent card, never a softer version.
 */
import './aftercare.css';
import { useEffect, useState } from 'preact/hooks';
import { AFTERCARE_GUIDE } from '../../domain/aftercare/follow-up.ts';
import { bookingDetail, type VisitReview } from '../booking/booking-api.ts';
import {
  dateTimeLabel,
  dayKey,
  deviceTimeZone,
  longDayLabel,
  weekdayTimeLabel,
} from '../booking/time-format.ts';
import { dueFollowUp, followUpTitle, visitStage } from '../booking/visit-status.ts';
import { EmergencyCard, UrgentCard } from '../checkin/alert-cards.tsx';
import { api } from '../lib/api.ts';
import { noteRows } from '../lib/visit-labels.ts';
import { WhyDetails } from '../plan/why.tsx';
import { Facts } from '../ui/facts.tsx';
import { FollowUpForm, symptomLabel } from './follow-up-form.tsx';
import { FollowUpAdvice, FollowUpOutcome } from './follow-up-result.tsx';
import { RebookCard, ReviewForm } from './review-form.tsx';
import type { AftercareVisit, AnsweredFollowUp, FollowUpResult, VisitNote } from './types.ts';

/** The therapist's note: areas, pressure, techniques, what they noticed and their advice. */
function TherapistNote({ note, name }: { note: VisitNote; name: string }) {
  return (
    <section class="card" aria-labelledby="note-title" data-visit-note>
      <h2 id="note-title">{name}'s note</h2>
      <Facts rows={noteRows(note, 'client')} class="ac-note" />
    </section>
  );
}

/** Every follow-up: done with its answers, open now, or when it opens. */
function FollowUpList({ list, nowMs }: { list: AnsweredFollowUp[]; nowMs: number }) {
  if (list.length === 0) return null;
  const zone = deviceTimeZone();
  return (
    <section aria-labelledby="fus-title" data-follow-ups>
      <h2 id="fus-title">Your follow-ups</h2>
      <ul class="ac-fus">
        {[...list]
          .sort((a, b) => a.hours - b.hours)
          .map((f) => {
            const done = f.status === 'done' || f.answeredAt !== undefined;
            const open = !done && Date.parse(f.dueAt) <= nowMs;
            return (
              <li
                key={f.id}
                class="card"
                data-follow-up-item={f.hours}
                data-state={done ? 'done' : open ? 'due' : 'scheduled'}
              >
                <h3>{followUpTitle(f.hours)}</h3>
                {done ? (
                  <>
                    <p>
                      <span class="badge bk-ok">Done</span>
                      {f.answeredAt ? ` ${dateTimeLabel(f.answeredAt, zone)}` : ''}
                    </p>
                    {f.answers ? (
                      <p>
                        Pain {f.answers.painScore} of 10, soreness {f.answers.soreness} of 10.{' '}
                        {f.answers.symptoms.length === 0
                          ? 'Nothing new.'
                          : `New: ${f.answers.symptoms.map(symptomLabel).join(' ')}`}
                      </p>
                    ) : null}
                    {f.assessment ? <FollowUpAdvice result={f.assessment} headingLevel="h3" /> : null}
                  </>
                ) : open ? (
                  <p>Open now: the questions are above.</p>
                ) : (
                  <p>Opens {weekdayTimeLabel(f.dueAt, zone)}</p>
                )}
              </li>
            );
          })}
      </ul>
    </section>
  );
}

/** Consent, per visit: may the therapist read the follow-up answers? Off until the client ticks it. */
function ShareConsent({ visit, onChange }: { visit: AftercareVisit; onChange: (on: boolean) => void }) {
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const name = visit.therapistName;
  async function change(on: boolean) {
    onChange(on);
    setError(null);
    setStatus('Saving…');
    try {
      await api(`/bookings/${encodeURIComponent(visit.id)}`, {
        method: 'PATCH',
        body: { shareFollowUps: on },
      });
      setStatus('Saved');
    } catch (e) {
      onChange(!on);
      setStatus('');
      setError(`Not saved: ${e instanceof Error ? e.message : 'try again.'}`);
    }
  }
  return (
    <section class="card" aria-labelledby="share-title" data-share>
      <h2 id="share-title">Sharing your answers</h2>
      <label class="choice">
        <input
          type="checkbox"
          checked={visit.shareFollowUps}
          onChange={(e) => void change(e.currentTarget.checked)}
          data-share-follow-ups
        />
        <span>Share my follow-up answers with {name}</span>
      </label>
      <p class="small muted">
        {name} would see your pain, soreness and anything new you report here, to adjust the next visit.
        Without this, {name} sees only whether you answered.
      </p>
      <p class="small" role="status" aria-live="polite" data-share-status>
        {status}
      </p>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}

export function AftercarePage({ id }: { id: string }) {
  const [visit, setVisit] = useState<AftercareVisit | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<FollowUpResult | null>(null);
  const [urgentSeen, setUrgentSeen] = useState(false);

  const load = () =>
    bookingDetail<AftercareVisit>(id).then(
      (v) => {
        setVisit(v);
        setError(null);
      },
      (e: unknown) => setError(e instanceof Error ? e.message : 'This visit could not load.'),
    );
  useEffect(() => {
    setVisit(null);
    setResult(null);
    void load();
  }, [id]);

  // The check-in's own cards, whole screen, nothing else beside them.
  if (result?.triage.level === 'emergency') return <EmergencyCard flags={result.triage.flags} />;
  if (result?.triage.level === 'urgent' && !urgentSeen)
    return <UrgentCard flags={result.triage.flags} onSoughtCare={() => setUrgentSeen(true)} />;

  if (visit === null) {
    return (
      <section aria-labelledby="aftercare-title">
        <h1 id="aftercare-title">After your massage</h1>
        {error ? (
          <p class="error" role="alert">
            {error}
          </p>
        ) : (
          <p class="muted" role="status">
            Loading…
          </p>
        )}
        <a href="#/book">Back to my visits</a>
      </section>
    );
  }

  const v = visit;
  const nowMs = Date.now();
  const zone = deviceTimeZone();
  const completed = visitStage(v, nowMs) === 'completed';
  const due = result ? null : dueFollowUp(v.followUps, nowMs);
  const guide = AFTERCARE_GUIDE;

  return (
    <section class="ac" aria-labelledby="aftercare-title" data-page="aftercare">
      <h1 id="aftercare-title">After your massage</h1>
      <p class="muted">
        With {v.therapistName}, {longDayLabel(dayKey(v.start, zone))}
      </p>
      {!completed ? (
        <p class="advice" role="status">
          {v.therapistName} has not closed this visit yet. Their note and your follow-ups appear here when
          they do.
        </p>
      ) : null}
      {result ? <FollowUpOutcome result={result} /> : null}
      {due ? (
        <FollowUpForm
          key={due.id}
          followUp={due}
          visitStart={v.start}
          onAnswered={(r) => {
            setResult(r);
            setUrgentSeen(false);
            void load();
          }}
        />
      ) : null}

      <section class="card" aria-labelledby="normal-title" data-normal>
        <h2 id="normal-title">What is normal</h2>
        <p>{guide.normal.text}</p>
        <WhyDetails facts={[guide.normal.fact]} />
      </section>
      <section class="advice" aria-labelledby="not-normal-title" data-not-normal>
        <h2 id="not-normal-title">What is not normal</h2>
        <p>{guide.notNormal.text}</p>
        <div class="row">
          <a class="btn" href="#/checkin">
            Check in now
          </a>
        </div>
        <WhyDetails facts={[guide.notNormal.fact]} />
      </section>
      <p class="row">
        <a class="btn-secondary" href="#/plan" data-plan-link>
          Today's plan
        </a>
        <span class="small muted">It counts this massage.</span>
      </p>
      {v.visitNote ? <TherapistNote note={v.visitNote} name={v.therapistName} /> : null}
      <FollowUpList list={v.followUps ?? []} nowMs={nowMs} />
      {completed ? (
        <>
          <ShareConsent visit={v} onChange={(on) => setVisit({ ...v, shareFollowUps: on })} />
          <ReviewForm
            bookingId={v.id}
            therapistName={v.therapistName}
            review={v.review}
            onSent={(r: VisitReview) => setVisit({ ...v, review: r })}
          />
          <RebookCard therapistId={v.therapistId} therapistName={v.therapistName} visit={v} />
        </>
      ) : null}
    </section>
  );
}
