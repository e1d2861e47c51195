import { useSignal, useSignalEffect } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { CheckInPage } from './checkin/checkin-page.tsx';
import { alertOpen, today } from './lib/store.ts';
import { match, path, redirect } from './router.ts';
import { lazyPage } from './ui/lazy-page.tsx';
import { BottomNav } from './ui/nav.tsx';
import { Notices } from './ui/notices.tsx';

// Every route but the check-in is its own chunk: the first screen a person in pain sees loads first.
const PlanPage = lazyPage(() => import('./plan/plan-page.tsx').then((m) => m.PlanPage));
const SessionPage = lazyPage<{ kind: string }>(() =>
  import('./sessions/session-page.tsx').then((m) => m.SessionPage),
);
const DiaryPage = lazyPage(() => import('./diary/diary-page.tsx').then((m) => m.DiaryPage));
const BookingPage = lazyPage(() => import('./booking/booking-page.tsx').then((m) => m.BookingPage));
const AccountPage = lazyPage(() => import('./account/account-page.tsx').then((m) => m.AccountPage));
const SettingsPage = lazyPage(() => import('./settings/settings-page.tsx').then((m) => m.SettingsPage));
const PasswordChangePage = lazyPage(() =>
  import('./account/password-change.tsx').then((m) => m.PasswordChangePage),
);
const PasswordResetPage = lazyPage<{ token: string }>(() =>
  import('./account/password-reset.tsx').then((m) => m.PasswordResetPage),
);
const AftercarePage = lazyPage<{ id: string }>(() =>
  import('./aftercare/aftercare-page.tsx').then((m) => m.AftercarePage),
);
const ClientHistoryPage = lazyPage<{ clientId: string }>(() =>
  import('./therapist/client-history.tsx').then((m) => m.ClientHistoryPage),
);
const InsightPage = lazyPage<{ view: string }>(() =>
  import('./insight/insight-page.tsx').then((m) => m.InsightPage),
);

const ROUTES = {
  checkin: '/checkin',
  plan: '/plan',
  session: '/session/:kind',
  diary: '/diary',
  book: '/book',
  account: '/account',
  settings: '/settings',
  insight: '/insight',
  doctor: '/doctor',
  password: '/account/password',
  resetRequest: '/reset-password',
  reset: '/reset-password/:token',
  aftercare: '/aftercare/:id',
  clientHistory: '/clients/:clientId',
};

const TITLES: Record<string, string> = {
  checkin: 'Check in',
  plan: "Today's plan",
  session: 'Session',
  diary: 'Diary',
  book: 'Book a therapist',
  account: 'Your account',
  settings: 'Settings',
  insight: 'What helps me',
  doctor: 'For my doctor',
  password: 'Change your password',
  resetRequest: 'Forgotten password',
  reset: 'Choose a new password',
  aftercare: 'After your massage',
  clientHistory: 'Client history',
};

function OfflineBanner() {
  const online = useSignal(typeof navigator === 'undefined' ? true : navigator.onLine);
  useEffect(() => {
    const up = () => {
      online.value = true;
    };
    const down = () => {
      online.value = false;
    };
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    return () => {
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
    };
  }, []);
  if (online.value) return null;
  return (
    <p class="offline" role="status">
      You are offline. Everything still works here, and your entries will sync later.
    </p>
  );
}

/** The skip control moves focus without touching the hash, which the router owns. */
function skipToMain(): void {
  const target = document.querySelector<HTMLElement>('main h1') ?? document.getElementById('main');
  if (!target) return;
  if (target.tabIndex < 0 && target.id !== 'main') target.tabIndex = -1;
  target.focus();
}

/** The app shell: skip link, top bar, the routed page, notes, and the bottom navigation. */
export function App() {
  const route = match(path.value, ROUTES);
  const first = useRef(true);

  useSignalEffect(() => {
    if (path.value === '/' || match(path.value, ROUTES) === null) {
      redirect(today.peek() ? '/plan' : '/checkin');
    }
  });

  const name = route?.name ?? 'checkin';
  useEffect(() => {
    document.title = `${TITLES[name] ?? 'Unknot'} · Unknot`;
    if (first.current) {
      first.current = false;
      return;
    }
    // Move focus to the new page's heading so screen readers announce the change (WCAG 2.4.3).
    requestAnimationFrame(() => {
      const h1 = document.querySelector<HTMLElement>('main h1');
      if (h1) {
        h1.tabIndex = -1;
        h1.focus({ preventScroll: false });
      }
      window.scrollTo(0, 0);
    });
  }, [path.value]);

  let page = <CheckInPage />;
  if (name === 'plan') page = <PlanPage />;
  else if (name === 'session') page = <SessionPage kind={route?.params.kind ?? ''} />;
  else if (name === 'diary') page = <DiaryPage />;
  else if (name === 'book') page = <BookingPage />;
  else if (name === 'account') page = <AccountPage />;
  else if (name === 'settings') page = <SettingsPage />;
  else if (name === 'insight' || name === 'doctor') page = <InsightPage view={name} />;
  else if (name === 'password') page = <PasswordChangePage />;
  else if (name === 'resetRequest') page = <PasswordResetPage token="" />;
  else if (name === 'aftercare') page = <AftercarePage id={route?.params.id ?? ''} />;
  else if (name === 'clientHistory') page = <ClientHistoryPage clientId={route?.params.clientId ?? ''} />;
  else if (name === 'reset') page = <PasswordResetPage token={route?.params.token ?? ''} />;

  return (
    <>
      <button type="button" class="skip" onClick={skipToMain}>
        Skip to content
      </button>
      <header class="top" inert={alertOpen.value}>
        <a class="brand" href="#/plan" aria-label="Unknot, today's plan">
          <svg width="28" height="28" viewBox="0 0 64 64" aria-hidden="true" focusable="false">
            <circle cx="32" cy="32" r="30" fill="currentColor" opacity="0.15" />
            <path
              d="M17 32c5-8 10-8 15 0s10 8 15 0"
              fill="none"
              stroke="currentColor"
              stroke-width="5"
              stroke-linecap="round"
            />
          </svg>
          <span>Unknot</span>
        </a>
      </header>
      <OfflineBanner />
      <main id="main" tabIndex={-1}>
        {page}
      </main>
      <Notices />
      <BottomNav current={name} inert={alertOpen.value} />
    </>
  );
}
