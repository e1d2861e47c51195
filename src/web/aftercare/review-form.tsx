/**
 * Rating a finished visit once (1-5 stars, optional words, private to that therapist and the client), then
 * booking the same therapist again with one tap at a suggested day (src/web/booking/rebook.ts).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { VisitReview } from '../booking/booking-api.ts';
import { rebookPath, suggestedRebookFrom } from '../booking/rebook.ts';
import { dayKey, deviceTimeZone, longDayLabel } from '../booking/time-format.ts';
import { api } from '../lib/api.ts';
import { WhyDetails } from '../plan/why.tsx';
import { navigate } from '../router.ts';

const STARS = [1, 2, 3, 4, 5] as const;

export function ReviewForm(props: {
  bookingId: string;
  therapistName: string;
  review: VisitReview | null | undefined;
  onSent: (r: VisitReview) => void;
}) {
  const [stars, setStars] = useState<number | null>(null);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const sentNow = useRef(false);
  useEffect(() => {
    if (props.review && sentNow.current) doneRef.current?.focus();
  }, [props.review]);

  async function submit(event: Event) {
    event.preventDefault();
    if (stars === null) {
      setProblem('Choose from 1 to 5 stars.');
      return;
    }
    setSending(true);
    setProblem(null);
    try {
      const body = text.trim() ? { stars, text: text.trim() } : { stars };
      const r = await api<VisitReview>(`/bookings/${encodeURIComponent(props.bookingId)}/review`, {
        method: 'POST',
        body,
      });
      sentNow.current = true;
      props.onSent({ stars: r.stars ?? stars, text: r.text ?? null, createdAt: r.createdAt });
    } catch (e) {
      setProblem(e instanceof Error ? e.message : 'Your rating could not be sent. Try again.');
    } finally {
      setSending(false);
    }
  }

  return (
    <section class="card" aria-labelledby="rate-title" data-review>
      <h2 id="rate-title">Rate this visit</h2>
      {props.review ? (
        <p role="status" tabIndex={-1} ref={doneRef} data-review-done={props.review.stars}>
          You rated this visit {props.review.stars} of 5
        </p>
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <p class="muted small">Only {props.therapistName} and you see your rating.</p>
          <fieldset class="bare">
            <legend class="scale-legend">Stars</legend>
            <div class="ac-stars">
              {STARS.map((n) => (
                <label class="choice" key={n}>
                  <input
                    type="radio"
                    name="stars"
                    value={n}
                    checked={stars === n}
                    onChange={() => setStars(n)}
                    data-stars={n}
                  />
                  {n === 1 ? '1 star' : `${n} stars`}
                </label>
              ))}
            </div>
          </fieldset>
          <label for="review-text" class="scale-legend">
            Anything to add? (optional)
          </label>
          <textarea
            id="review-text"
            class="ac-text"
            rows={3}
            maxLength={2000}
            value={text}
            onInput={(e) => setText(e.currentTarget.value)}
          />
          {problem ? (
            <p class="error" role="alert">
              {problem}
            </p>
          ) : null}
          <button type="submit" class="btn btn-block" disabled={sending} data-send-review>
            {sending ? 'Sending…' : 'Send rating'}
          </button>
        </form>
      )}
    </section>
  );
}

/** "Book <therapist> again": the slot picker on that therapist, opening about two weeks after the visit. */
export function RebookCard(props: {
  therapistId: string;
  therapistName: string;
  visit: { start: string; end: string };
}) {
  const from = suggestedRebookFrom(props.visit, Date.now());
  const day = longDayLabel(dayKey(from, deviceTimeZone()));
  return (
    <section class="card" aria-labelledby="again-title" data-rebook>
      <h2 id="again-title">Another visit?</h2>
      <p>
        Suggested: from {day}, about two weeks after this visit. It is only a suggestion; you can choose
        another week.
      </p>
      <button
        type="button"
        class="btn btn-block"
        onClick={() => navigate(rebookPath(props.therapistId, from))}
        data-rebook-button
      >
        Book {props.therapistName} again
      </button>
      <WhyDetails
        facts={['MA-AGAIN', 'EX-ROUTINE', 'MA-NICE']}
        intro="No guideline says when the next massage should be. Back pain often eases within about two weeks, so that is a good moment to see whether you want another; massage helps most alongside exercise. A massage is never booked sooner than 72 hours after the last one."
      />
    </section>
  );
}
