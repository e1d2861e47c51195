import { describe, expect, it } from 'vitest';
import { isUuid } from './uuid.ts';

describe('isUuid', () => {
  it('accepts the canonical 8-4-4-4-12 form in either case', () => {
    expect(isUuid('0f8fad5b-d9cb-469f-a165-70867728950e')).toBe(true);
    expect(isUuid('0F8FAD5B-D9CB-469F-A165-70867728950E')).toBe(true);
  });

  it.each([
    '------------------------------------',
    '0123456789abcdef0123456789abcdef0123',
    '0f8fad5b-d9cb-469f-a165-70867728950',
    '0f8fad5bd9cb-469f-a165-70867728950e-',
    '0f8fad5b-d9cb-469f-a165-70867728950g',
    '{0f8fad5b-d9cb-469f-a165-70867728950e}',
    ' 0f8fad5b-d9cb-469f-a165-70867728950e',
    '',
  ])('refuses %j', (id) => {
    expect(isUuid(id)).toBe(false);
  });
});
