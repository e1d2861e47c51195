/**
 * Facts on rubs and ibuprofen: label limits and who should not use them (evidence 2.5, 2.6).
 * Our own words; `seedDiffers` notes where the seed article says more than the evidence supports.
 */
import type { Fact, RemedyFactId } from './registry.ts';
import { FDA_TOPICAL_BURNS, IBUPROFEN_LABEL, MENTHOL_LABEL, NHS_IBUPROFEN } from './sources.ts';

/** Facts on rubs and ibuprofen by id. */
export const MEDICINE_FACTS = {
  'CR-BURN': {
    id: 'CR-BURN',
    title: 'Cream burns',
    statement:
      'Pain-relief rubs can rarely burn the skin: not on damaged skin, not under a tight bandage, and never with heat on top.',
    sources: [FDA_TOPICAL_BURNS],
    seedDiffers: 'The article suggests creams; we add the label limits and keep heat away after a rub.',
  },
  'CR-MENTHOL': {
    id: 'CR-MENTHOL',
    title: 'Menthol rubs',
    statement: 'Use a menthol rub up to 3-4 times a day, and see a doctor if you still need it after a week.',
    sources: [MENTHOL_LABEL],
    seedDiffers:
      'The article warns that overuse can make you more sensitive; we follow the label limits and the 7-day stop rule.',
  },
  'CR-CAPSAICIN': {
    id: 'CR-CAPSAICIN',
    title: 'Chilli (capsaicin) creams',
    statement:
      'Up to 4 times a day after a patch test; wash your hands, keep it off your eyes, and no hot bath, sauna, heat pad or hard exercise for an hour either side.',
    sources: [
      {
        url: 'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=28f00df0-c416-f17b-e063-6294a90a5570',
        label: 'DailyMed: Capsaicin topical, Drug Facts label',
      },
    ],
  },
  'CR-SALICYLATE': {
    id: 'CR-SALICYLATE',
    title: 'Methyl salicylate rubs',
    statement: 'If aspirin gives you a reaction, check with a doctor before using a methyl salicylate rub.',
    sources: [
      {
        url: 'https://www.uofmhealth.org/health-library/d03665t1',
        label: 'Michigan Medicine: Methyl salicylate topical',
      },
    ],
  },
  'IB-DOSE': {
    id: 'IB-DOSE',
    title: 'Ibuprofen dose',
    statement:
      'For adults: 200-400 mg with food, 4 hours or more apart, no more than 1,200 mg a day, and no longer than 10 days without a doctor.',
    sources: [IBUPROFEN_LABEL, NHS_IBUPROFEN],
    seedDiffers:
      'The article mentions ibuprofen; we add the label dose, the gap between doses and the daily limit.',
  },
  'IB-NO': {
    id: 'IB-NO',
    title: 'When not to take ibuprofen',
    statement:
      'Avoid it with a stomach ulcer or bleed, a reaction to aspirin or similar drugs, serious heart, liver or kidney failure, blood thinners, other anti-inflammatories, or from 20 weeks pregnant.',
    sources: [
      {
        url: 'https://medine.co.uk/ibuprofen-200mg-tablets-bp?doc=4',
        label: 'Ibuprofen 200 mg tablets: patient leaflet',
      },
      {
        url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-recommends-avoiding-use-nsaids-pregnancy-20-weeks-or-later-because-they-can-result-low-amniotic',
        label: 'FDA: Avoid NSAIDs from 20 weeks of pregnancy',
      },
    ],
  },
  'IB-CAUTION': {
    id: 'IB-CAUTION',
    title: 'Ask first',
    statement:
      'Check with a pharmacist first if you have high blood pressure, asthma, heart, kidney or liver disease, take steroids, drink 3+ drinks a day, are over 60, or are pregnant.',
    sources: [IBUPROFEN_LABEL],
  },
  'IB-NICE': {
    id: 'IB-NICE',
    title: 'Least for shortest',
    statement: 'Take the smallest dose that works for the fewest days you need it.',
    sources: [
      {
        url: 'https://medicines.necsu.nhs.uk/nice-bites-low-back-pain-and-sciatica-in-over-16s',
        label: 'NECS NICE Bites: Low back pain',
      },
    ],
  },
} satisfies Partial<Record<RemedyFactId, Fact>>;
