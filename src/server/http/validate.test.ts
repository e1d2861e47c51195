import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loneSurrogatePath } from './validate.ts';

describe('loneSurrogatePath', () => {
  it('finds nothing in well-formed text, emoji included', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        // fast-check's JSON strings are well-formed Unicode (surrogates only in pairs).
        expect(loneSurrogatePath(value)).toBeUndefined();
      }),
    );
    expect(loneSurrogatePath({ note: 'sore 😣 back' })).toBeUndefined();
  });

  it('names the field holding a lone high or low surrogate, at any depth, in keys too', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.constantFrom('\ud800', '\udbff', '\udc00', '\udfff'),
        (before, after, half) => {
          expect(loneSurrogatePath({ log: [{ note: `${before}${half}${after}` }] })).toBe('log.0.note');
        },
      ),
    );
    expect(loneSurrogatePath({ 'k\ud800': 1 })).toBe('k\ud800');
  });
});
