import { useState } from 'preact/hooks';
import { CredentialFields } from '../account/credential-fields.tsx';
import { ApiError, api } from '../lib/api.ts';
import { refreshMe } from '../lib/auth.ts';

/**
 * "Are you a massage therapist?": creates a therapist account (the account page makes client accounts), then
 * the booking tab becomes their agenda and profile editor.
 */
export function TherapistSignUp() {
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    setBusy(true);
    setError(null);
    try {
      await api('/auth/signup', {
        method: 'POST',
        body: {
          name: String(form.get('name') ?? ''),
          email: String(form.get('email') ?? ''),
          password: String(form.get('password') ?? ''),
          role: 'therapist',
        },
      });
      await refreshMe();
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'Something went wrong. Please try again.'));
      setBusy(false);
    }
  }

  return (
    <details class="card" data-therapist-signup>
      <summary>Are you a massage therapist?</summary>
      <p>
        Create a therapist account to offer home visits. You set the postcodes you visit, your hours and your
        session lengths, and clients book the free times.
      </p>
      <form onSubmit={submit} noValidate>
        <CredentialFields idPrefix="ts" mode="signup" error={error} />
        {error && error.issues.length === 0 ? (
          <p class="error" role="alert">
            {error.message}
          </p>
        ) : null}
        <button type="submit" class="btn btn-block" disabled={busy}>
          Create a therapist account
        </button>
      </form>
    </details>
  );
}
