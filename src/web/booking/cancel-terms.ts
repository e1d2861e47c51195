import { cancellationDecision } from '../../domain/booking/cancellation.ts';
import { dateTimeLabel } from './time-format.ts';

/** What cancelling a booking now means, in words, for the person about to do it. */
export interface CancelTerms {
  /** False when it can no longer be cancelled (already cancelled or started). */
  readonly possible: boolean;
  /** True when cancelling now is free (before the therapist's cutoff). */
  readonly free: boolean;
  readonly text: string;
}

/**
 * Free until the therapist's cutoff (default 24 h before the start), late after it; the same rule
 * the server applies (domain `cancellationDecision`), so the screen and the server never disagree.
 */
export function cancelTerms(input: {
  start: string;
  status: string;
  now: string;
  cancelFreeHours: number | null;
  zone: string;
  locale?: string;
  /** What a late cancel costs, as text ("£70"), when the therapist set a price for this length. */
  lateFee?: string | null;
}): CancelTerms {
  const d = cancellationDecision(input);
  if (!d.ok) {
    return {
      possible: false,
      free: false,
      text: d.reason === 'already_cancelled' ? 'This visit is cancelled.' : 'This visit has started.',
    };
  }
  const hours = input.cancelFreeHours ?? 24;
  // "Late" alone does not tell anyone what it costs; with a price, say it.
  const cost = input.lateFee ? ` and costs ${input.lateFee}` : '';
  if (!d.late) {
    const after = input.lateFee ? ` After that, cancelling counts as late${cost}.` : '';
    return {
      possible: true,
      free: true,
      text: `You can cancel for free until ${dateTimeLabel(d.freeUntil, input.zone, input.locale)}.${after}`,
    };
  }
  return {
    possible: true,
    free: false,
    text: `It is less than ${hours} hours before the visit, so cancelling now counts as late${cost}. You can still cancel.`,
  };
}
