import { describe, expect, it } from 'vitest';
import { SignupSchema } from './auth.schema.ts';

const signup = { email: 'ada@example.test', password: 'correct horse battery', role: 'client' };

describe('SignupSchema', () => {
  it('refuses a NUL character in the name (PostgreSQL text cannot hold it) with the field at fault', () => {
    const result = SignupSchema.safeParse({ ...signup, name: 'Ada\u0000' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['name']);
  });

  it('still trims the name and requires one', () => {
    expect(SignupSchema.parse({ ...signup, name: '  Ada  ' }).name).toBe('Ada');
    expect(SignupSchema.safeParse({ ...signup, name: '   ' }).success).toBe(false);
  });
});
