/**
 * Facts on measuring pain and on what other back-pain apps achieved (evidence sections 3 and 4). Our own
 * words; insight and reports cite them.
 */
import type { FactText, InstrumentFactId } from './registry.ts';

/** Instrument and benchmark facts by id. */
export const INSTRUMENT_FACTS = {
  'IN-NRS-MCID': {
    id: 'IN-NRS-MCID',
    title: 'A change that matters',
    statement:
      'On a 0-10 pain scale, a drop of about 2 points, or about a third, is the kind of easing people notice.',
  },
  'IN-NRS-MDC': {
    id: 'IN-NRS-MDC',
    title: 'A change bigger than noise',
    statement: 'A one-point change in a single score can be chance; about 2 points is needed to be sure.',
  },
  'IN-PEG': {
    id: 'IN-PEG',
    title: 'The PEG questions',
    statement:
      'Three 0-10 questions (pain, enjoyment of life, daily activity), averaged, track how pain affects a life over time.',
  },
  'IN-STARTBACK': {
    id: 'IN-STARTBACK',
    title: 'STarT Back screening',
    statement:
      'A nine-question tool sorts back pain into low, medium or high risk of lasting; commercial use needs a licence from Keele.',
  },
  'IN-RMDQ-ODI': {
    id: 'IN-RMDQ-ODI',
    title: 'Disability questionnaires',
    statement:
      'The Roland-Morris and Oswestry scores have known thresholds for real change, but their wording may not be reused freely.',
  },
  'BM-SELFBACK': {
    id: 'BM-SELFBACK',
    title: 'selfBACK app trial',
    statement:
      'In a trial of 461 adults, a self-management app lowered disability a little more than usual care.',
  },
  'BM-KAIA': {
    id: 'BM-KAIA',
    title: 'Kaia app trial',
    statement:
      'In a 101-person trial, an app-based programme left slightly less pain at 12 weeks than physiotherapy with online lessons.',
  },
  'BM-RISEUP': {
    id: 'BM-RISEUP',
    title: 'Rise-uP trial',
    statement:
      'When an app was part of family-doctor-led care, pain fell by almost half within a year, against about a quarter without it.',
  },
} satisfies Record<InstrumentFactId, FactText>;
