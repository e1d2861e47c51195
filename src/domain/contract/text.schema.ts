import { z } from 'zod';

/**
 * Free text at the edge: trimmed length limits and no NUL characters (PostgreSQL text cannot hold U+0000,
 * so letting one through would turn a typo into a server error instead of a clear 400).
 */
export function text(max: number, min = 0) {
  return z
    .string()
    .min(min)
    .max(max)
    .refine((s) => !s.includes('\u0000'), { message: 'must not contain NUL characters' });
}
