import { expect, test } from 'vitest';
import { initialsOf } from './initials.ts';

test('initials from the first and last name, or as the server gives them', () => {
  expect(initialsOf('Ada Brooks')).toBe('AB');
  expect(initialsOf('  noor  al-Sayed ')).toBe('NS');
  expect(initialsOf('Zoë')).toBe('Z');
  expect(initialsOf('Jean-Luc Picard')).toBe('JP');
  expect(initialsOf('(Dr) Émile Durand')).toBe('DD');
  expect(initialsOf('')).toBe('?');
  expect(initialsOf('Ada Brooks', 'ab')).toBe('AB');
});
