/**
 * Book a therapist: clients find a therapist by postcode, pick a time, tell the therapist what they need and
 * confirm; they see and cancel their bookings. Therapists get their agenda, profile and hours (a separate
 * chunk: most people never need it). `#/book?therapist=<id>&from=<instant>` (from a finished visit's "Book
 * again") skips the search and opens the slot picker on that therapist.
 */
import './booking.css';
import { signal } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import { user } from '../lib/store.ts';
import { path, redirect } from '../router.ts';
import { lazyPage } from '../ui/lazy-page.tsx';
import { Problem, Views } from './bits.tsx';
import { therapistProfile } from './booking-api.ts';
import { DetailsStep } from './details-step.tsx';
import { FindStep } from './find-step.tsx';
import { rebookFrom, restart, step, therapist } from './flow-state.ts';
import { parseRebook } from './rebook.ts';
import { DoneStep, ReviewStep } from './review-step.tsx';
import { SafetyGate } from './safety-gate.tsx';
import { SlotStep } from './slot-step.tsx';
import { TherapistSignUp } from './therapist-signup.tsx';

// Chunks of their own: the booking flow loads first; lists, messages and the therapist's side when opened.
const TherapistArea = lazyPage(() => import('./therapist-area.tsx').then((m) => m.TherapistArea));
const MyBookings = lazyPage<{ onBook: () => void }>(() =>
  import('./my-bookings.tsx').then((m) => m.MyBookings),
);
const Inbox = lazyPage(() => import('./messages.tsx').then((m) => m.Inbox));

type ClientView = 'book' | 'mine' | 'inbox';
const clientView = signal<ClientView>('book');

const STEP_NUMBER = { find: 1, slot: 2, details: 3, review: 4, done: 4 } as const;

function BookFlow() {
  const s = step.value;
  return (
    <SafetyGate>
      {s !== 'done' ? (
        <p class="muted small bk-progress" aria-hidden="true">
          Step {STEP_NUMBER[s]} of 4
        </p>
      ) : null}
      {s === 'find' ? <FindStep /> : null}
      {s === 'slot' ? <SlotStep /> : null}
      {s === 'details' ? <DetailsStep /> : null}
      {s === 'review' ? <ReviewStep /> : null}
      {s === 'done' ? <DoneStep onShowBookings={() => (clientView.value = 'mine')} /> : null}
    </SafetyGate>
  );
}

function SignedOut() {
  return (
    <div class="stack" data-signed-out>
      <p>
        A massage therapist can come to your home. To book, you need an account, so the therapist knows who
        they are visiting and you can see and cancel your visits.
      </p>
      <p>Your diary and check-ins stay on this phone until you sign in, and are kept when you do.</p>
      <a class="btn btn-block" href="#/account">
        Create an account or log in
      </a>
      <TherapistSignUp />
    </div>
  );
}

/**
 * Applies a "Book again" link once the client is known: the flow restarts on that therapist's slot picker,
 * opening at the suggested day; the address then drops its query, so going back or reloading does not
 * restart a booking in progress. While the profile loads, the flow waits (no flash of the search step).
 */
function useRebookLink(isClient: boolean): { loading: boolean; error: string | null } {
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const hash = typeof location === 'undefined' ? '' : location.hash;
  useEffect(() => {
    const want = parseRebook(hash);
    if (!isClient || want === null) return;
    let live = true;
    clientView.value = 'book';
    setLoading(true);
    setError(null);
    therapistProfile(want.therapistId).then(
      (profile) => {
        if (!live) return;
        restart();
        therapist.value = profile;
        rebookFrom.value = want.from;
        step.value = 'slot';
        setLoading(false);
        redirect('/book');
      },
      (e: unknown) => {
        if (!live) return;
        setLoading(false);
        setError(e instanceof Error ? e.message : 'That therapist could not be found.');
        redirect('/book');
      },
    );
    return () => {
      live = false;
    };
  }, [isClient, hash, path.value]);
  return { loading, error };
}

/** The /book route. */
export function BookingPage() {
  const me = user.value;
  const rebook = useRebookLink(me?.role === 'client');
  if (me?.role === 'therapist') {
    return (
      <div data-page="book" data-role="therapist">
        <TherapistArea />
      </div>
    );
  }
  return (
    <div data-page="book" data-role={me ? 'client' : 'signed-out'}>
      <h1>Book a therapist</h1>
      {me === undefined ? (
        <p class="muted" role="status">
          Loading…
        </p>
      ) : me === null ? (
        <SignedOut />
      ) : (
        <>
          <Views
            label="Show"
            value={clientView.value}
            onChange={(v) => {
              clientView.value = v;
            }}
            options={[
              ['book', 'Book'],
              ['mine', 'My visits'],
              ['inbox', 'Messages'],
            ]}
          />
          {rebook.error ? <Problem>{rebook.error}</Problem> : null}
          {clientView.value === 'book' && rebook.loading ? (
            <p class="muted" role="status">
              Opening the times…
            </p>
          ) : null}
          {clientView.value === 'book' && !rebook.loading ? <BookFlow /> : null}
          {clientView.value === 'mine' ? <MyBookings onBook={() => (clientView.value = 'book')} /> : null}
          {clientView.value === 'inbox' ? <Inbox /> : null}
        </>
      )}
    </div>
  );
}
