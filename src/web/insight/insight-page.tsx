/**
 * The insight area: `#/insight` ("What helps me" with the weekly PEG) and `#/doctor` ("For my doctor").
 * One lazy chunk; both need an account, since the estimates run on the server's copy of the diary.
 */
import './insight.css';
import { user } from '../lib/store.ts';
import { DoctorPage } from './doctor-page.tsx';
import { PegCard } from './peg-card.tsx';
import { WhatHelpsCard } from './what-helps-card.tsx';

export function InsightPage({ view }: { view: string }) {
  if (!user.value) {
    return (
      <div class="stack">
        <h1>{view === 'doctor' ? 'For my doctor' : 'What helps me'}</h1>
        <p>
          This needs an account, so your diary is kept on the server.{' '}
          <a href="#/account">Sign in or create one</a>.
        </p>
      </div>
    );
  }
  if (view === 'doctor') return <DoctorPage />;
  return (
    <div class="stack">
      <h1>What helps me</h1>
      <PegCard />
      <WhatHelpsCard />
      <p>
        <a href="#/doctor">For my doctor: a one-page summary and a link to share</a>
      </p>
    </div>
  );
}
