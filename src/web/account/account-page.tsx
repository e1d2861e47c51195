import { useState } from 'preact/hooks';
import { ApiError } from '../lib/api.ts';
import { deleteAccount, exportData, logIn, logOut, signUp } from '../lib/auth.ts';
import { pendingCount } from '../lib/outbox.ts';
import { user } from '../lib/store.ts';
import { Field } from '../ui/field.tsx';
import { CredentialFields } from './credential-fields.tsx';
import { GuestOffer } from './guest-offer.tsx';

type Mode = 'signup' | 'login';

function AuthForm() {
  const [mode, setMode] = useState<Mode>('signup');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const email = String(form.get('email') ?? '');
    const password = String(form.get('password') ?? '');
    setBusy(true);
    setError(null);
    try {
      if (mode === 'signup') await signUp({ name: String(form.get('name') ?? ''), email, password });
      else await logIn({ email, password });
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'Something went wrong. Please try again.'));
    } finally {
      setBusy(false);
    }
  }

  const general = error && error.issues.length === 0 ? error.message : null;
  return (
    <>
      <p>
        You can use Unknot without an account: everything stays on this phone until someone signs in. An
        account keeps your diary safe and lets you book a therapist.
      </p>
      <div class="row">
        <button
          type="button"
          class={mode === 'signup' ? 'btn' : 'btn-secondary'}
          aria-pressed={mode === 'signup'}
          onClick={() => setMode('signup')}
        >
          Create account
        </button>
        <button
          type="button"
          class={mode === 'login' ? 'btn' : 'btn-secondary'}
          aria-pressed={mode === 'login'}
          onClick={() => setMode('login')}
        >
          Log in
        </button>
      </div>
      <form class="card" style={{ marginTop: '12px' }} onSubmit={submit} data-form={mode} noValidate>
        <h2>{mode === 'signup' ? 'Create your account' : 'Log in'}</h2>
        <CredentialFields idPrefix="acct" mode={mode} error={error} />
        {general ? (
          <p class="error" role="alert">
            {general}
          </p>
        ) : null}
        <button type="submit" class="btn btn-block" disabled={busy}>
          {mode === 'signup' ? 'Create account' : 'Log in'}
        </button>
        {mode === 'login' ? (
          <p class="hint">
            <a href="#/reset-password">Forgotten your password?</a>
          </p>
        ) : null}
      </form>
    </>
  );
}

function DeleteAccount() {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!open) {
    return (
      <button type="button" class="btn-secondary btn-block" onClick={() => setOpen(true)}>
        Delete my account
      </button>
    );
  }
  async function submit(e: Event) {
    e.preventDefault();
    const password = String(new FormData(e.currentTarget as HTMLFormElement).get('password') ?? '');
    try {
      await deleteAccount(password);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : 'Something went wrong. Please try again.');
    }
  }
  return (
    <form class="card" onSubmit={submit} data-form="delete">
      <h2>Delete your account</h2>
      <p>This removes your account and everything in it, for good. Type your password to confirm.</p>
      <Field
        idPrefix="del"
        label="Password"
        name="password"
        type="password"
        autoComplete="current-password"
        error={error ?? undefined}
      />
      <div class="row">
        <button type="submit" class="btn">
          Delete for good
        </button>
        <button type="button" class="btn-secondary" onClick={() => setOpen(false)}>
          Keep my account
        </button>
      </div>
    </form>
  );
}

/**
 * Log out: entries still waiting are uploaded first; when some cannot be (offline), the page says how many
 * and asks before removing them with the rest of this person's data from the phone.
 */
function LogOut() {
  const [unsent, setUnsent] = useState(0);
  const [busy, setBusy] = useState(false);
  const run = async (discardUnsent: boolean): Promise<void> => {
    setBusy(true);
    try {
      setUnsent((await logOut({ discardUnsent })).unsent);
    } finally {
      setBusy(false);
    }
  };
  if (unsent === 0) {
    return (
      <>
        <button
          type="button"
          class="btn-secondary btn-block"
          disabled={busy}
          onClick={() => void run(false)}
          data-log-out
        >
          Log out
        </button>
        <p class="hint">Logging out removes your diary and plan from this phone; your account keeps them.</p>
        <p class="hint">
          <a href="#/account/password">Change your password</a>
        </p>
      </>
    );
  }
  return (
    <div class="card" role="alert" data-log-out-unsent>
      <p>
        {unsent === 1 ? '1 entry has' : `${unsent} entries have`} not reached your account yet, probably
        because you are offline. Stay signed in until they are sent, or log out and lose them.
      </p>
      <div class="row">
        <button type="button" class="btn" disabled={busy} onClick={() => void run(false)}>
          Try sending again
        </button>
        <button type="button" class="btn-secondary" disabled={busy} onClick={() => void run(true)}>
          Log out anyway
        </button>
      </div>
    </div>
  );
}

/** Account: sign up or log in; when signed in, export, log out and delete. Settings are linked from here. */
export function AccountPage() {
  const me = user.value;
  const [note, setNote] = useState<string | null>(null);
  const waiting = pendingCount();
  return (
    <div data-page="account">
      <h1>You</h1>
      {me ? (
        <div class="stack">
          <GuestOffer />
          <p>
            Signed in as <strong>{me.name || me.email}</strong>
            {me.name ? <span class="muted"> ({me.email})</span> : null}.
          </p>
          {waiting > 0 ? (
            <p class="muted">
              {waiting} {waiting === 1 ? 'entry is' : 'entries are'} waiting to sync.
            </p>
          ) : null}
          <button
            type="button"
            class="btn-secondary btn-block"
            onClick={() =>
              exportData().then(
                () => setNote('Your data was downloaded.'),
                (e: unknown) => setNote(e instanceof Error ? e.message : 'Export failed.'),
              )
            }
          >
            Download my data
          </button>
          <LogOut />
          <DeleteAccount />
          {note ? <p role="status">{note}</p> : null}
        </div>
      ) : (
        <AuthForm />
      )}
      <h2 style={{ marginTop: '24px' }}>Settings</h2>
      <a class="btn-secondary btn-block" href="#/settings">
        Units, emergency number, reminders
      </a>
    </div>
  );
}
