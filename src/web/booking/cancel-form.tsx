import { useState } from 'preact/hooks';
import { type Booking, cancelBooking } from './booking-api.ts';
import { cancelTerms } from './cancel-terms.ts';
import { deviceTimeZone } from './time-format.ts';

/**
 * "Cancel this visit" with a reason, opened in place. Says first whether cancelling now is free; either side
 * may cancel, and the slot is free again at once, so someone else can book it.
 */
export function CancelVisit(props: {
  booking: Booking;
  cancelFreeHours: number | null;
  /** "the therapist" for a client, the client's name for a therapist. */
  other: string;
  /** What a late cancel costs, as text, when known: "counts as late" then says it. */
  lateFee?: string | null;
  onCancelled: (b: Booking) => void;
}) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const b = props.booking;
  const terms = cancelTerms({
    start: b.start,
    status: b.status,
    now: new Date().toISOString(),
    cancelFreeHours: props.cancelFreeHours,
    zone: deviceTimeZone(),
    lateFee: props.lateFee ?? null,
  });
  if (!terms.possible) return null;
  const id = `cancel-${b.id}`;

  if (!open) {
    return (
      <>
        <p class="small muted" data-cancel-terms={terms.free ? 'free' : 'late'}>
          {terms.text}
        </p>
        <button type="button" class="btn-secondary" onClick={() => setOpen(true)} data-cancel-open>
          Cancel this visit
        </button>
      </>
    );
  }

  async function submit(e: Event) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      props.onCancelled(await cancelBooking(b.id, reason));
    } catch (err) {
      setError(err instanceof Error ? err.message : 'Something went wrong. Please try again.');
      setBusy(false);
    }
  }

  return (
    <form class="bk-cancel" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>Cancel this visit?</h4>
      <p>{terms.text}</p>
      <div class="field">
        <label for={`${id}-reason`}>
          <span>Reason (optional, {props.other} will see it)</span>
        </label>
        <textarea
          id={`${id}-reason`}
          rows={2}
          maxLength={500}
          value={reason}
          onInput={(e) => setReason(e.currentTarget.value)}
        />
      </div>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      <div class="row">
        <button type="submit" class="btn bk-danger" disabled={busy} data-cancel-confirm>
          {busy ? 'Cancelling…' : 'Yes, cancel it'}
        </button>
        <button type="button" class="btn-secondary" onClick={() => setOpen(false)}>
          Keep it
        </button>
      </div>
    </form>
  );
}
