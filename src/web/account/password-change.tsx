import { useState } from 'preact/hooks';
import { ApiError, api } from '../lib/api.ts';
import { user } from '../lib/store.ts';
import { Field } from '../ui/field.tsx';

const NEW_PASSWORD_HINT = 'At least 10 characters and hard to guess: a few unrelated words work well.';

/**
 * Change the password while signed in (POST /api/v1/auth/password). The server signs every other device
 * out, which is what someone who fears their password leaked wants; this one stays signed in.
 */
export function PasswordChangePage() {
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  if (!user.value) {
    return (
      <div data-page="password-change">
        <h1>Change your password</h1>
        <p>Log in first to change your password.</p>
        <a class="btn btn-block" href="#/account">
          Log in
        </a>
      </div>
    );
  }

  async function submit(e: Event) {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    setBusy(true);
    setError(null);
    try {
      await api('/auth/password', {
        method: 'POST',
        body: {
          currentPassword: String(form.get('currentPassword') ?? ''),
          newPassword: String(form.get('newPassword') ?? ''),
        },
      });
      setDone(true);
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'Something went wrong. Please try again.'));
    } finally {
      setBusy(false);
    }
  }

  if (done) {
    return (
      <div data-page="password-change">
        <h1>Password changed</h1>
        <p role="status">Your new password works from now on. Any other phone or computer was signed out.</p>
        <a class="btn btn-block" href="#/account">
          Back to your account
        </a>
      </div>
    );
  }

  const general = error && error.issues.length === 0 ? error.message : null;
  return (
    <div data-page="password-change">
      <h1>Change your password</h1>
      <form class="card" onSubmit={submit} data-form="password-change" noValidate>
        <Field
          idPrefix="pwc"
          label="Current password"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          error={error?.issueFor('currentPassword')}
        />
        <Field
          idPrefix="pwc"
          label="New password"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          hint={NEW_PASSWORD_HINT}
          error={error?.issueFor('newPassword')}
        />
        {general ? (
          <p class="error" role="alert">
            {general}
          </p>
        ) : null}
        <button type="submit" class="btn btn-block" disabled={busy}>
          Change password
        </button>
      </form>
    </div>
  );
}
