/**
 * The offer to add what was logged on this phone before signing in to the account, so nothing done before
 * signing up is lost. Only a count is shown, never the entries, until the person says they are theirs.
 */
import { acceptGuestData, declineGuestData, guestOffer } from '../lib/device-owner.ts';

function what(o: { events: number; checkIn: boolean }): string {
  const parts: string[] = [];
  if (o.checkIn) parts.push('a check-in');
  if (o.events > 0) parts.push(o.events === 1 ? '1 diary entry' : `${o.events} diary entries`);
  return parts.join(' and ');
}

/** The offer card; nothing when there is nothing to offer. */
export function GuestOffer() {
  const offer = guestOffer.value;
  if (!offer) return null;
  return (
    <section class="card" aria-labelledby="guest-offer-title" data-guest-offer>
      <h2 id="guest-offer-title">Add earlier entries to your account?</h2>
      <p>
        This phone holds {what(offer)} made while no one was signed in. If they are yours, add them to your
        account. If not, remove them: they will not be added.
      </p>
      <div class="row">
        <button type="button" class="btn" onClick={acceptGuestData} data-guest-import>
          They are mine: add them
        </button>
        <button type="button" class="btn-secondary" onClick={declineGuestData} data-guest-decline>
          Not mine: remove them
        </button>
      </div>
    </section>
  );
}
