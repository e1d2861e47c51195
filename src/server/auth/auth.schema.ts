import { z } from 'zod';
import { text } from '../../domain/contract/text.schema.ts';

/** Emails are compared trimmed and lower-cased. */
export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: 'must be an email address' }));

export const SignupSchema = z.object({
  email: Email,
  password: z
    .string()
    .min(10, { message: 'must be at least 10 characters' })
    .max(1000, { message: 'must be at most 1000 characters' }),
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

/** A person as the API shows them (never the hash). */
export interface PublicUser {
  id: string;
  email: string;
  name: string;
  role: 'client' | 'therapist';
  createdAt: string;
}
