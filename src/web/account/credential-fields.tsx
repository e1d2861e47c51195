import type { ApiError } from '../lib/api.ts';
import { Field } from '../ui/field.tsx';

/**
 * The account fields: name (only when signing up), e-mail and password, each with the server's problem for it.
 * Shared by the client account form and the therapist sign-up so both ask in the same words.
 */
export function CredentialFields(props: {
  idPrefix: string;
  mode: 'signup' | 'login';
  error: ApiError | null;
}) {
  const { idPrefix, error } = props;
  const signup = props.mode === 'signup';
  return (
    <>
      {signup ? (
        <Field
          idPrefix={idPrefix}
          label="Your name"
          name="name"
          type="text"
          autoComplete="name"
          error={error?.issueFor('name')}
        />
      ) : null}
      <Field
        idPrefix={idPrefix}
        label="E-mail"
        name="email"
        type="email"
        autoComplete="email"
        error={error?.issueFor('email')}
      />
      <Field
        idPrefix={idPrefix}
        label="Password"
        name="password"
        type="password"
        autoComplete={signup ? 'new-password' : 'current-password'}
        hint={signup ? 'At least 10 characters.' : undefined}
        error={error?.issueFor('password')}
      />
    </>
  );
}
