import { useState } from 'preact/hooks';
import { ApiError, api } from '../lib/api.ts';
import { refreshMe } from '../lib/auth.ts';
import { Field } from '../ui/field.tsx';

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
        <Field
          idPrefix="ts"
          name="name"
          label="Your name"
          type="text"
          autoComplete="name"
          error={error?.issueFor('name')}
        />
        <Field
          idPrefix="ts"
          name="email"
          label="E-mail"
          type="email"
          autoComplete="email"
          error={error?.issueFor('email')}
        />
        <Field
          idPrefix="ts"
          name="password"
          label="Password"
          type="password"
          autoComplete="new-password"
          hint="At least 10 characters."
          error={error?.issueFor('password')}
        />
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
