import { z } from 'zod';
import { text } from '../../domain/contract/text.schema.ts';

/** Emails are compared trimmed and lower-cased. */
export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: 'must be an email address' }));

/** A new password: 10 to 1000 characters here; the service also refuses easy ones (password-policy.ts). */
const NewPassword = z
  .string()
  .min(10, { message: 'must be at least 10 characters' })
  .max(1000, { message: 'must be at most 1000 characters' });

export const SignupSchema = z.object({
  email: Email,
  password: NewPassword,
  name: z.string().trim().min(1, { message: 'is required' }).pipe(text(100)),
  role: z.enum(['client', 'therapist']),
});
export type SignupInput = z.output<typeof SignupSchema>;

export const LoginSchema = z.object({
  email: Email,
  password: z.string().min(1).max(1000),
});
export type LoginInput = z.output<typeof LoginSchema>;

/** DELETE /api/v1/me re-checks the password. */
export const ConfirmPasswordSchema = z.object({ password: z.string().min(1).max(1000) });

/** POST /api/v1/auth/password: change it while signed in. */
export const ChangePasswordSchema = z.object({
  currentPassword: z.string().min(1).max(1000),
  newPassword: NewPassword,
});
export type ChangePasswordInput = z.output<typeof ChangePasswordSchema>;

/** POST /api/v1/auth/password-reset: ask for a reset link. */
export const ResetRequestSchema = z.object({ email: Email });

/** POST /api/v1/auth/password-reset/confirm: the token from the link and the new password. */
export const ResetConfirmSchema = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, { message: 'is not a reset token' }),
  newPassword: NewPassword,
});
export type ResetConfirmInput = z.output<typeof ResetConfirmSchema>;

/** A person as the API shows them (never the hash). */
export interface PublicUser {
  id: string;
  email: string;
  name: string;
  role: 'client' | 'therapist';
  createdAt: string;
}
