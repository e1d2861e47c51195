import { useState } from 'preact/hooks';
import { ApiError } from '../lib/api.ts';
import { flushOutbox } from '../lib/outbox.ts';
import { PRESSURE_LABELS } from '../lib/visit-labels.ts';
import { Problem, StepHeading, VisitTime } from './bits.tsx';
import { createBooking, eligibility, errorCode, icsHref } from './booking-api.ts';
import { cancelTerms } from './cancel-terms.ts';
import { keyFor } from './confirm-key.ts';
import { massageFrom, massageWaitLine } from './eligibility.ts';
import {
  confirmed,
  confirmKey,
  intake,
  massageAvailableAt,
  minutes,
  restart,
  slot,
  slotNote,
  step,
  therapist,
} from './flow-state.ts';
import { bookingBody } from './intake-body.ts';
import { formatMoney, lateFee, priceLabel } from './money.ts';
import { deviceTimeZone } from './time-format.ts';

/** What went wrong on confirm, as the screen shows it. */
type Failure =
  | { kind: 'retry'; message: string }
  | { kind: 'checkin'; message: string }
  | { kind: 'red_flag'; message: string }
  | { kind: 'postcode'; message: string }
  | { kind: 'login'; message: string }
  | { kind: 'other'; message: string };

/** Step 4: check everything, then book. */
export function ReviewStep() {
  const t = therapist.value;
  const s = slot.value;
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  if (!t || !s) return null;
  const d = intake.value;
  const zone = deviceTimeZone();
  const price = priceLabel(t.prices, minutes.value);
  const fee = lateFee(t.prices, minutes.value, t.lateCancelPercent);
  const terms = cancelTerms({
    start: s.start,
    status: 'confirmed',
    now: new Date().toISOString(),
    cancelFreeHours: t.cancelFreeHours,
    zone,
    lateFee: fee ? formatMoney(fee.amount, fee.currency) : null,
  });

  async function confirm() {
    if (!t || !s) return;
    const body = bookingBody({
      therapistId: t.id,
      start: s.start,
      minutes: minutes.value,
      draft: intake.value,
    });
    // One key per confirm attempt, reused when this same request is sent again.
    const memo = keyFor(confirmKey.value, body, () => crypto.randomUUID());
    confirmKey.value = memo;
    setBusy(true);
    setFailure(null);
    try {
      // A check-in made a moment ago may still wait in the outbox: the server needs it first.
      await flushOutbox();
      confirmed.value = await createBooking(body, memo.key);
      step.value = 'done';
    } catch (err) {
      setFailure(describe(err));
      const code = errorCode(err);
      if (code === 'massage_not_yet') {
        // contract v2: the server names the moment; ask it (the error body's availableAt is not kept by
        // ApiError), then offer slots from then on only.
        const now = Date.now();
        const from = massageFrom(await eligibility(), now);
        massageAvailableAt.value = from;
        slotNote.value = from
          ? `That time is too soon after your last massage. ${massageWaitLine(from, zone, now)} Here are the times from then.`
          : 'That time is too soon after your last massage. Please pick a later time.';
        slot.value = null;
        step.value = 'slot';
      } else if (code === 'slot_taken') {
        slotNote.value = 'That time was just taken by someone else. Here are the times still free.';
        slot.value = null;
        step.value = 'slot';
      } else if (
        code === 'too_soon' ||
        code === 'too_far' ||
        code === 'outside_hours' ||
        code === 'session_length'
      ) {
        slotNote.value = err instanceof Error ? `${err.message} Please pick another time.` : null;
        slot.value = null;
        step.value = 'slot';
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="review-title" data-step-book="review">
      <StepHeading id="review-title">Check and confirm</StepHeading>
      <div class="card bk-summary">
        <h3>
          {t.displayName}, {minutes.value} minutes
        </h3>
        <VisitTime booking={{ start: s.start, end: s.end, timeZone: t.timeZone }} zone={zone} />
        {price ? (
          <p data-review-price>
            Price: <strong>{price}</strong>, paid to {t.displayName}
          </p>
        ) : null}
        <p>
          At {d.address.trim()}, {d.postcode.trim().toUpperCase()}
        </p>
        {d.phone.trim() ? <p>Phone for the visit: {d.phone.trim()}</p> : null}
        <dl class="bk-facts">
          {d.pressure ? (
            <>
              <dt>Pressure</dt>
              <dd>{PRESSURE_LABELS[d.pressure]}</dd>
            </>
          ) : null}
          {d.avoidAreas.trim() ? (
            <>
              <dt>Avoid</dt>
              <dd>{d.avoidAreas.trim()}</dd>
            </>
          ) : null}
          {d.spasmBefore ? (
            <>
              <dt>Spasm after a massage before</dt>
              <dd>{d.spasmBefore === 'yes' ? 'Yes' : 'No'}</dd>
            </>
          ) : null}
          <dt>Health history</dt>
          <dd>{d.historyConsent && d.history.trim() ? 'Shared with your therapist' : 'Not shared'}</dd>
        </dl>
        <button type="button" class="btn-text" onClick={() => (step.value = 'details')}>
          Change these details
        </button>
      </div>
      <p>{terms.text}</p>
      {failure ? <FailureNote failure={failure} /> : null}
      <button type="button" class="btn btn-block" disabled={busy} onClick={() => void confirm()} data-confirm>
        {busy ? 'Booking…' : failure?.kind === 'retry' ? 'Try again' : 'Confirm booking'}
      </button>
      <div class="step-nav">
        <button type="button" class="btn-secondary" onClick={() => (step.value = 'slot')}>
          Pick another time
        </button>
      </div>
    </section>
  );
}

function describe(err: unknown): Failure {
  const message = err instanceof Error ? err.message : 'Something went wrong. Please try again.';
  if (!(err instanceof ApiError)) return { kind: 'retry', message };
  if (err.status === 0 || err.status >= 500 || err.status === 429) {
    return {
      kind: 'retry',
      message: `${err.status === 0 ? 'You seem to be offline.' : 'The server had a problem.'} Your booking was not confirmed yet. Try again: you will not be booked twice.`,
    };
  }
  if (err.status === 401) return { kind: 'login', message: 'Please log in again to book.' };
  // contract v2 codes, each in our own words: what happened and what to do next.
  if (err.code === 'checkin_required') {
    return {
      kind: 'checkin',
      message:
        'Before a visit we need a check-in from the last 24 hours, and we have none. It takes about two minutes; what you entered here is kept.',
    };
  }
  if (err.code === 'red_flag') {
    return {
      kind: 'red_flag',
      message:
        'Your latest check-in found signs that need a doctor before any massage, so this visit cannot be booked now.',
    };
  }
  if (err.code === 'massage_not_yet')
    return { kind: 'other', message: 'That time is too soon after your last massage.' };
  if (err.code === 'postcode_not_served') return { kind: 'postcode', message };
  return { kind: 'other', message };
}

function FailureNote({ failure }: { failure: Failure }) {
  if (failure.kind === 'checkin') {
    return (
      <div class="advice" role="alert">
        <p>{failure.message}</p>
        <a class="btn" href="#/checkin">
          Check in now
        </a>
      </div>
    );
  }
  if (failure.kind === 'red_flag') {
    return (
      <div class="advice" role="alert">
        <p>{failure.message}</p>
        <a href="#/plan">See your check-in advice</a>
      </div>
    );
  }
  if (failure.kind === 'login') {
    return (
      <Problem>
        {failure.message} <a href="#/account">Log in</a>
      </Problem>
    );
  }
  if (failure.kind === 'postcode') {
    return (
      <Problem>
        {failure.message}{' '}
        <button type="button" class="btn-text" onClick={() => (step.value = 'details')}>
          Change the postcode
        </button>
      </Problem>
    );
  }
  return <Problem>{failure.message}</Problem>;
}

/** Step 5: booked. */
export function DoneStep({ onShowBookings }: { onShowBookings: () => void }) {
  const b = confirmed.value;
  if (!b) return null;
  return (
    <section aria-labelledby="done-title" data-step-book="done">
      <StepHeading id="done-title">You're booked</StepHeading>
      <div class="card bk-summary">
        <h3>
          {b.therapistName}, {b.minutes} minutes
        </h3>
        <VisitTime booking={b} />
        <p>
          At {b.address}, {b.postcode}
        </p>
        <p class="muted small">You will find a message about it in Messages.</p>
      </div>
      <a class="btn btn-block" href={icsHref(b.id)} download={`unknot-visit.ics`} data-ics>
        Add to calendar
      </a>
      <div class="row bk-after">
        <button type="button" class="btn-secondary" onClick={onShowBookings} data-my-bookings>
          See my visits
        </button>
        <button type="button" class="btn-text" onClick={restart}>
          Book another visit
        </button>
      </div>
    </section>
  );
}
