import { signal } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import { user } from '../lib/store.ts';
import { Agenda } from './agenda.tsx';
import { Views } from './bits.tsx';
import { ownProfile, type TherapistProfile } from './booking-api.ts';
import { CalendarFeed, Inbox } from './messages.tsx';
import { ProfileEditor } from './profile-editor.tsx';

type View = 'agenda' | 'profile' | 'inbox';
const view = signal<View>('agenda');

/** The therapist's side of /book: agenda with intake, profile and hours, messages, calendar link. */
export function TherapistArea() {
  const [profile, setProfile] = useState<TherapistProfile | null | undefined>(undefined);
  useEffect(() => {
    ownProfile().then(
      (p) => {
        setProfile(p);
        if (p === null) view.value = 'profile';
      },
      () => setProfile(null),
    );
  }, []);
  return (
    <>
      <h1>Your visits</h1>
      <Views
        label="Show"
        value={view.value}
        onChange={(v) => {
          view.value = v;
        }}
        options={[
          ['agenda', 'Agenda'],
          ['profile', 'Profile'],
          ['inbox', 'Messages'],
        ]}
      />
      {view.value === 'agenda' ? (
        <>
          <Agenda cancelFreeHours={profile?.cancelFreeHours ?? null} prices={profile?.prices} />
          <CalendarFeed />
        </>
      ) : null}
      {view.value === 'profile' ? <ProfileEditor name={user.value?.name ?? ''} onSaved={setProfile} /> : null}
      {view.value === 'inbox' ? <Inbox /> : null}
    </>
  );
}
