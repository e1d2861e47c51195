/**
 * Postcodes served by a therapist, since a visit is at the client's home: "GET /api/v1/therapists?postcode=" finds
 * who serves a client's postcode; case and spaces do not matter.
 *
 * Matching rule, for a served entry P and a client postcode C (both normalised):
 * 1. P equal to C matches.
 * 2. When C is a UK postcode (full, like "SW1A1AA", or an outward code alone, like "SW1A"), its outward code
 *    is compared by whole units, never as a bare string prefix, so that "SW1" does not match "SW10 9AA":
 *    - P of letters only ("SW", "E") is a postcode area: matches when C's area letters equal P exactly
 *      ("S" does not match "SW1A 1AA").
 *    - P shaped like an outward code ("SW1", "SW1A", "E1", "10"…) matches when C's outward code equals P,
 *      or when P ends in a digit and C's outward code is P plus one letter: London's sub-districts
 *      ("SW1" covers "SW1A", "SW1E"…, but not "SW10").
 *    - Any longer P (a sector like "SW1A1") is a plain prefix of the full postcode.
 * 3. Otherwise (US ZIP codes and other systems) P is a plain prefix of C: "100" and "10001" both match
 *    "10001-1234".
 */

const FULL_UK = /^([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})$/;
const OUTWARD = /^[A-Z]{1,2}\d[A-Z\d]?$/;
const AREA = /^[A-Z]{1,2}$/;

/** Upper-case and remove all whitespace: " sw1a 1aa " → "SW1A1AA". */
export function normalisePostcode(value: string): string {
  return value.toUpperCase().replace(/\s+/g, '');
}

/** The UK outward code of a normalised postcode or outward code, or null when it is not UK-shaped. */
export function outwardCode(normalised: string): string | null {
  const full = FULL_UK.exec(normalised);
  if (full !== null) return full[1] ?? null;
  return OUTWARD.test(normalised) ? normalised : null;
}

/** Whether one served entry covers a client postcode (rule in the file comment). */
export function servesPostcode(served: string, postcode: string): boolean {
  const p = normalisePostcode(served);
  const c = normalisePostcode(postcode);
  if (p === '' || c === '') return false;
  if (p === c) return true;
  const outward = outwardCode(c);
  if (outward === null) return c.startsWith(p);
  if (AREA.test(p)) return (/^[A-Z]+/.exec(outward)?.[0] ?? '') === p;
  if (OUTWARD.test(p)) return outward === p || (/\d$/.test(p) && new RegExp(`^${p}[A-Z]$`).test(outward));
  return c.startsWith(p);
}

/** Whether any of a therapist's served entries covers the postcode. */
export function servesAnyPostcode(served: readonly string[], postcode: string): boolean {
  return served.some((p) => servesPostcode(p, postcode));
}
