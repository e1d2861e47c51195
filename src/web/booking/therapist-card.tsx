/**
 * A therapist as a client meets them, before letting them into their home: a photo or initials, the name,
 * qualifications, a short bio and the price of each session length. `summary` for the search list, `full` for the
 * profile at the top of the time picker. Fields an older server leaves out are simply not shown.
 */
import type { TherapistProfile, TherapistSummary } from './booking-api.ts';
import { initialsOf } from './initials.ts';
import { priceLabel, priceList } from './money.ts';
import { zonePlace } from './time-format.ts';

/** The photo, or the initials in a circle; decorative either way (the name is beside it). */
export function Avatar({ t }: { t: Pick<TherapistSummary, 'displayName' | 'initials' | 'photoUrl'> }) {
  if (t.photoUrl) {
    return <img class="bk-avatar" src={t.photoUrl} alt="" width={56} height={56} loading="lazy" />;
  }
  return (
    <span class="bk-avatar" aria-hidden="true">
      {initialsOf(t.displayName, t.initials)}
    </span>
  );
}

/** "Sessions of 60 or 90 minutes", with prices when the therapist set them: "60 min £70 · 90 min £95". */
export function sessionLine(t: TherapistSummary): string {
  return priceList(t.prices) ?? `Sessions of ${t.sessionMinutes.join(' or ')} minutes`;
}

export function TherapistCard(props: {
  t: TherapistSummary | TherapistProfile;
  heading: 'h2' | 'h3';
  variant: 'summary' | 'full';
  /** The device's zone: the therapist's is named only when it differs. */
  zone: string;
}) {
  const { t, heading: Heading } = props;
  const quals = (t.qualifications ?? []).filter((q) => q.trim() !== '');
  const full = props.variant === 'full';
  const profile = 'cancelFreeHours' in t ? t : null;
  return (
    <div class="bk-therapist" data-therapist-card={props.variant}>
      <div class="bk-therapist-head">
        <Avatar t={t} />
        <div>
          <Heading>{t.displayName}</Heading>
          {quals.length > 0 && !full ? <p class="small muted">{quals.join(' · ')}</p> : null}
        </div>
      </div>
      {t.bio ? <p class={full ? 'bk-bio' : 'bk-bio bk-clamp'}>{t.bio}</p> : null}
      {full ? (
        <dl class="bk-facts">
          {quals.length > 0 ? (
            <>
              <dt>Qualifications</dt>
              <dd>
                <ul class="bk-quals">
                  {quals.map((q) => (
                    <li key={q}>{q}</li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
          <dt>Sessions</dt>
          <dd data-prices>
            {t.sessionMinutes
              .map((m) => {
                const price = priceLabel(t.prices, m);
                return price ? `${m} minutes, ${price}` : `${m} minutes`;
              })
              .join('; ')}
          </dd>
          {profile ? (
            <>
              <dt>Free cancellation</dt>
              <dd>Up to {profile.cancelFreeHours} hours before the visit</dd>
            </>
          ) : null}
          {t.timeZone !== props.zone ? (
            <>
              <dt>Works on</dt>
              <dd>{zonePlace(t.timeZone)} time</dd>
            </>
          ) : null}
        </dl>
      ) : (
        <p class="small" data-prices>
          {sessionLine(t)}.{t.timeZone !== props.zone ? ` Works on ${zonePlace(t.timeZone)} time.` : ''}
        </p>
      )}
    </div>
  );
}
