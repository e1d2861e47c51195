import { describe, expect, it } from 'vitest';
import type { History } from '../contract/ids.ts';
import {
  type ScreenInput,
  screenCold,
  screenCream,
  screenHeat,
  screenIbuprofen,
} from './contraindications.ts';

const person = (over: Partial<ScreenInput> = {}): ScreenInput => ({
  history: [],
  age: 35,
  pregnancyWeeks: null,
  ...over,
});

describe('ibuprofen (IB-NO, IB-CAUTION)', () => {
  const excluding: History[] = [
    'stomach_ulcer',
    'gi_bleed',
    'nsaid_allergy',
    'aspirin_allergy',
    'anticoagulant',
    'other_nsaid',
    'heart_failure',
    'kidney_failure',
    'liver_failure',
  ];
  it.each(excluding)('is excluded with %s', (h) => {
    const s = screenIbuprofen(person({ history: [h] }));
    expect(s.excluded?.facts).toEqual(['IB-NO']);
    expect(s.excluded?.reason).toMatch(/not safe/);
  });

  const cautioning: History[] = [
    'heart_disease',
    'kidney_disease',
    'liver_disease',
    'high_blood_pressure',
    'asthma',
    'alcohol_3plus',
    'long_term_steroids',
  ];
  it.each(cautioning)('carries a caution with %s', (h) => {
    const s = screenIbuprofen(person({ history: [h] }));
    expect(s.excluded).toBeNull();
    expect(s.cautions).toHaveLength(1);
    expect(s.cautionFacts).toEqual(['IB-CAUTION']);
  });

  it('has no caution for a healthy 59-year-old and one at 60', () => {
    expect(screenIbuprofen(person({ age: 59 })).cautions).toEqual([]);
    expect(screenIbuprofen(person({ age: 60 })).cautions).toHaveLength(1);
  });

  it('cautions at 19 weeks of pregnancy and excludes from 20', () => {
    const at19 = screenIbuprofen(person({ pregnancyWeeks: 19 }));
    expect(at19.excluded).toBeNull();
    expect(at19.cautions[0]).toMatch(/pregnant/);
    const at20 = screenIbuprofen(person({ pregnancyWeeks: 20 }));
    expect(at20.excluded?.reason).toMatch(/20 weeks/);
  });

  it('treats 0 weeks like not pregnant, and 1 week as pregnant', () => {
    expect(screenIbuprofen(person({ pregnancyWeeks: 0 })).cautions).toEqual([]);
    expect(screenIbuprofen(person({ pregnancyWeeks: 1 })).cautions).toHaveLength(1);
  });

  it('names every reason when several apply', () => {
    const s = screenIbuprofen(person({ history: ['gi_bleed', 'anticoagulant'], pregnancyWeeks: 30 }));
    expect(s.excluded?.reason).toMatch(/bleeding.*blood thinner.*30 weeks/);
  });
});

describe('cold (CO-NO)', () => {
  it.each(['raynauds', 'cold_urticaria', 'poor_circulation', 'reduced_sensation'] as History[])(
    'is excluded with %s',
    (h) => {
      expect(screenCold(person({ history: [h] })).excluded?.facts).toEqual(['CO-NO']);
    },
  );
  it('carries a caution with diabetes only', () => {
    expect(screenCold(person()).cautions).toEqual([]);
    const s = screenCold(person({ history: ['diabetes'] }));
    expect(s.excluded).toBeNull();
    expect(s.cautions[0]).toMatch(/Diabetes/);
  });
});

describe('heat (HE-NO)', () => {
  it.each(['reduced_sensation', 'broken_skin'] as History[])('is excluded with %s', (h) => {
    expect(screenHeat(person({ history: [h] })).excluded?.facts).toEqual(['HE-NO']);
  });
  it('carries a caution with diabetes', () => {
    expect(screenHeat(person({ history: ['diabetes'] })).cautions).toHaveLength(1);
  });
  it('carries a no-hot-tubs caution in pregnancy', () => {
    expect(screenHeat(person({ pregnancyWeeks: 8 })).cautions[0]).toMatch(/hot tubs or saunas/);
    expect(screenHeat(person({ pregnancyWeeks: 0 })).cautions).toEqual([]);
  });
});

describe('creams (CR-BURN, CR-CAPSAICIN, CR-SALICYLATE)', () => {
  it('are excluded on broken skin', () => {
    const s = screenCream(person({ history: ['broken_skin'] }));
    expect(s.excluded?.facts).toEqual(['CR-BURN']);
    expect(s.allowed).toEqual([]);
  });
  it('leave out capsaicin with a chilli allergy', () => {
    const s = screenCream(person({ history: ['chilli_allergy'] }));
    expect(s.excluded).toBeNull();
    expect(s.allowed).toEqual(['menthol', 'methyl_salicylate']);
    expect(s.cautionFacts).toEqual(['CR-CAPSAICIN']);
  });
  it.each(['aspirin_allergy', 'nsaid_allergy'] as History[])('leave out methyl salicylate with %s', (h) => {
    const s = screenCream(person({ history: [h] }));
    expect(s.allowed).toEqual(['menthol', 'capsaicin']);
    expect(s.cautionFacts).toEqual(['CR-SALICYLATE']);
  });
  it('keep menthol with both allergies', () => {
    const s = screenCream(person({ history: ['chilli_allergy', 'aspirin_allergy'] }));
    expect(s.excluded).toBeNull();
    expect(s.allowed).toEqual(['menthol']);
    expect(s.cautions).toHaveLength(2);
  });
  it('have no cautions for a person with no relevant history', () => {
    expect(screenCream(person({ history: ['asthma'] })).cautions).toEqual([]);
  });
});
