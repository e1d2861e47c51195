import { describe, expect, it } from 'vitest';
import { assess } from '../assess.ts';
import { CheckInSchema } from '../contract/checkin.schema.ts';
import { makeCheckIn } from '../triage/checkin.fixture.ts';
import { callLineFor, contactsFor, dialable, EU_COUNTRIES, levelAction } from './contacts.ts';
import { flagReason } from './localize.ts';
import { countryFromTimeZone, KNOWN_ZONES } from './zones.ts';

describe('contactsFor (EC-*)', () => {
  it('gives each country its own numbers', () => {
    const pairs = (c: string) => {
      const x = contactsFor(c);
      return [x.emergency.number, x.urgentAdvice?.number ?? null];
    };
    expect(pairs('GB')).toEqual(['999', '111']); // EC-GB
    expect(pairs('US')).toEqual(['911', null]); // EC-US
    expect(pairs('CA')).toEqual(['911', null]); // EC-CA
    expect(pairs('AU')).toEqual(['000', '1800 022 222']); // EC-AU
    expect(pairs('NZ')).toEqual(['111', '0800 611 116']); // EC-NZ
    expect(pairs('IE')).toEqual(['112', null]); // EC-IE
    for (const eu of EU_COUNTRIES) expect(pairs(eu)).toEqual(['112', null]); // EC-EU
    expect(contactsFor('IE').emergency.label).toContain('999');
  });

  it('falls back to 112 and says it does not know the country', () => {
    for (const c of [null, undefined, 'JP', 'ZZ']) {
      const x = contactsFor(c);
      expect(x.emergency.number).toBe('112');
      expect(x.known).toBe(false);
      expect(x.facts).toContain('EC-WHERE');
    }
    expect(contactsFor('gb').known).toBe(true);
  });

  it('says what to do with no UK-only words outside the UK', () => {
    for (const c of ['US', 'CA', 'AU', 'NZ', 'IE', 'DE', null]) {
      const x = contactsFor(c);
      for (const level of ['emergency', 'urgent', 'doctor'] as const) {
        expect(levelAction(level, x)).not.toMatch(/NHS|\bGP\b|A&E/);
        // EC-IE: 999 also works in Ireland; nowhere else outside the UK.
        if (c !== 'IE') expect(levelAction(level, x)).not.toMatch(/\b999\b/);
      }
      expect(levelAction('emergency', x)).toContain(x.emergency.number);
    }
    expect(levelAction('urgent', contactsFor('GB'))).toContain('NHS 111');
    expect(levelAction('urgent', contactsFor('AU'))).toContain('healthdirect (1800 022 222)');
    expect(levelAction('emergency', contactsFor('IE'))).toContain('112 or 999');
  });

  it('dials emergencies on the emergency number, the rest on an advice line or nothing', () => {
    expect(callLineFor('emergency', contactsFor('GB'))?.number).toBe('999');
    expect(callLineFor('urgent', contactsFor('GB'))?.number).toBe('111');
    expect(callLineFor('doctor', contactsFor('AU'))?.number).toBe('1800 022 222');
    expect(callLineFor('doctor', contactsFor('US'))).toBeNull();
    expect(dialable('1800 022 222')).toBe('1800022222');
  });
});

describe('countryFromTimeZone (EC-WHERE)', () => {
  it('maps the zones of the countries Unknot knows', () => {
    expect(countryFromTimeZone('America/Los_Angeles')).toBe('US');
    expect(countryFromTimeZone('America/Indiana/Knox')).toBe('US');
    expect(countryFromTimeZone('Australia/Sydney')).toBe('AU');
    expect(countryFromTimeZone('Europe/London')).toBe('GB');
    expect(countryFromTimeZone('Europe/Dublin')).toBe('IE');
    expect(countryFromTimeZone('America/Toronto')).toBe('CA');
    expect(countryFromTimeZone('Pacific/Auckland')).toBe('NZ');
    expect(countryFromTimeZone('Europe/Berlin')).toBe('DE');
    expect(countryFromTimeZone('Etc/UTC')).toBeNull();
    expect(countryFromTimeZone('Asia/Tokyo')).toBeNull();
  });

  it('lists only real zones, each giving a known country', () => {
    for (const z of KNOWN_ZONES) {
      expect(() => new Intl.DateTimeFormat('en', { timeZone: z }), z).not.toThrow();
      expect(contactsFor(countryFromTimeZone(z)).known, z).toBe(true);
    }
  });
});

describe('assess with a country (contract v2)', () => {
  const flagged = makeCheckIn({ symptoms: ['saddle_numbness', 'fever'] });

  it('adds contacts and says the right number in every flag', () => {
    const a = assess({ ...flagged, country: 'US' });
    expect(a.contacts?.emergency.number).toBe('911');
    expect(a.contacts?.urgentAdvice).toBeNull();
    for (const f of a.triage.flags) expect(f.message).not.toMatch(/999|NHS|\bGP\b/);
    expect(a.triage.flags[0]?.message).toMatch(/^Call 911 now/);
  });

  it('leaves the v1 answer unchanged without a country', () => {
    const a = assess(flagged);
    expect(a.contacts).toBeUndefined();
    expect(a.triage.level).toBe('emergency');
  });
});

describe('CheckIn.country (contract v2)', () => {
  const body = { painScore: 4, area: 'lower', onsetAt: '2026-12-01T08:00:00Z', age: 40 };

  it('takes a two-letter code in any case and gives it back upper case', () => {
    expect(CheckInSchema.parse({ ...body, country: 'au' }).country).toBe('AU');
    expect(CheckInSchema.parse(body).country).toBeUndefined();
  });

  it('names the field when the code is not two letters', () => {
    const r = CheckInSchema.safeParse({ ...body, country: 'USA' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['country']);
  });
});

describe('flagReason', () => {
  it('gives the reason without the what-to-do sentence', () => {
    const [flag] = assess(makeCheckIn({ symptoms: ['fever'] })).triage.flags;
    if (!flag) throw new Error('no flag');
    expect(flag.message.endsWith(flagReason(flag))).toBe(true);
    expect(flagReason(flag)).not.toMatch(/NHS|\bGP\b|999/);
  });
});
