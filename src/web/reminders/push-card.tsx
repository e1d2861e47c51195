import { useEffect, useState } from 'preact/hooks';
import {
  currentSubscription,
  type PushSupport,
  pushSupport,
  subscribePush,
  unsubscribePush,
} from './push-subscription.ts';

/** The device's push state and the honest words for it (iOS: only the Home Screen app, 16.4 or later). */
export function PushCard() {
  const [support] = useState<PushSupport>(() => pushSupport());
  const [on, setOn] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void currentSubscription().then((s) => setOn(s !== null));
  }, []);
  const flip = async () => {
    setBusy(true);
    setError(null);
    try {
      if (on) await unsubscribePush();
      else await subscribePush();
      setOn(!on);
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Something went wrong.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="card" aria-labelledby="rem-device">
      <h2 id="rem-device">Notifications on this device</h2>
      {support === 'ios-needs-home-screen' && (
        <p>
          On iPhone and iPad, notifications work only in Unknot added to the Home Screen (iOS 16.4 or later):
          tap Share, then “Add to Home Screen”, and open it from there. Until then your reminders wait in the
          in-app inbox, and your visits can go into your own calendar through the calendar feed on the booking
          screen.
        </p>
      )}
      {support === 'unsupported' && (
        <p>This browser cannot show notifications. Your reminders still appear in the in-app inbox.</p>
      )}
      {support === 'denied' && (
        <p>
          Notifications are blocked for Unknot in this browser’s settings. Reminders still reach the in-app
          inbox.
        </p>
      )}
      {support === 'ok' && (
        <button
          type="button"
          class={on ? 'btn-secondary btn-block' : 'btn btn-block'}
          disabled={busy}
          onClick={flip}
        >
          {on ? 'Stop notifications on this device' : 'Send notifications to this device'}
        </button>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
