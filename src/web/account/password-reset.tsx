import { useState } from 'preact/hooks';
import { ApiError, api } from '../lib/api.ts';
import { navigate } from '../router.ts';
import { Field } from '../ui/field.tsx';

function asApiError(err: unknown): ApiError {
  return err instanceof ApiError ? err : new ApiError(0, 'Something went wrong. Please try again.');
}

function GeneralError(props: { error: ApiError | null }) {
  const { error } = props;
  if (!error || error.issues.length > 0) return null;
  return (
    <p class="error" role="alert">
      {error.message}
    </p>
  );
}

/** Step 1: ask for a link. The answer is the same whether or not the address has an account. */
function RequestLink() {
  const [error, setError] = useState<ApiError | null>(null);
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    const email = String(new FormData(e.currentTarget as HTMLFormElement).get('email') ?? '');
    setBusy(true);
    setError(null);
    try {
      await api('/auth/password-reset', { method: 'POST', body: { email } });
      setSent(true);
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  }

  if (sent) {
    return (
      <p role="status">
        If an account uses that address, we have e-mailed it a link to set a new password. The link works
        once, for an hour. Nothing arrived? Check your spam folder, or ask again in a few minutes.
      </p>
    );
  }
  return (
    <form class="card" onSubmit={submit} data-form="password-reset-request" noValidate>
      <p>Enter the e-mail address of your account and we will send you a link to choose a new password.</p>
      <Field
        idPrefix="pwr"
        label="E-mail"
        name="email"
        type="email"
        autoComplete="email"
        error={error?.issueFor('email')}
      />
      <GeneralError error={error} />
      <button type="submit" class="btn btn-block" disabled={busy}>
        Send me a link
      </button>
    </form>
  );
}

/** Step 2: from the e-mailed link, choose the new password. */
function ChooseNew(props: { token: string }) {
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    const newPassword = String(new FormData(e.currentTarget as HTMLFormElement).get('newPassword') ?? '');
    setBusy(true);
    setError(null);
    try {
      await api('/auth/password-reset/confirm', {
        method: 'POST',
        body: { token: props.token, newPassword },
      });
      setDone(true);
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  }

  if (done) {
    return (
      <>
        <p role="status">Your new password is set. For safety, every device was signed out: log in again.</p>
        <button type="button" class="btn btn-block" onClick={() => navigate('/account')}>
          Log in
        </button>
      </>
    );
  }
  const linkProblem = error?.issueFor('token');
  return (
    <form class="card" onSubmit={submit} data-form="password-reset-confirm" noValidate>
      <Field
        idPrefix="pwn"
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        hint="At least 10 characters and hard to guess: a few unrelated words work well."
        error={error?.issueFor('newPassword')}
      />
      {linkProblem ? (
        <p class="error" role="alert">
          {error?.message} <a href="#/reset-password">Ask for a new link</a>
        </p>
      ) : (
        <GeneralError error={error} />
      )}
      <button type="submit" class="btn btn-block" disabled={busy}>
        Set new password
      </button>
    </form>
  );
}

/** Forgotten password: `#/reset-password` asks for a link, `#/reset-password/<token>` (the link) sets it. */
export function PasswordResetPage(props: { token: string }) {
  return (
    <div data-page="password-reset">
      <h1>{props.token ? 'Choose a new password' : 'Forgotten your password?'}</h1>
      {props.token ? <ChooseNew token={props.token} /> : <RequestLink />}
    </div>
  );
}
