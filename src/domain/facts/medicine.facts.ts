/**
 * Facts on rubs and ibuprofen: label limits and who should not use them (evidence 2.5, 2.6).
 * Our own words; `seedDiffers` notes where the seed article says more than the evidence supports.
 */
import type { FactText, RemedyFactId } from './registry.ts';

/** Facts on rubs and ibuprofen by id. */
export const MEDICINE_FACTS = {
  'CR-BURN': {
    id: 'CR-BURN',
    title: 'Cream burns',
    statement:
      'Pain-relief rubs can rarely burn the skin: not on damaged skin, not under a tight bandage, and never with heat on top.',
    seedDiffers: 'The article suggests creams; we add the label limits and keep heat away after a rub.',
  },
  'CR-MENTHOL': {
    id: 'CR-MENTHOL',
    title: 'Menthol rubs',
    statement: 'Use a menthol rub up to 3-4 times a day, and see a doctor if you still need it after a week.',
    seedDiffers:
      'The article warns that overuse can make you more sensitive; we follow the label limits and the 7-day stop rule.',
  },
  'CR-CAPSAICIN': {
    id: 'CR-CAPSAICIN',
    title: 'Chilli (capsaicin) creams',
    statement:
      'Up to 4 times a day after a patch test; wash your hands, keep it off your eyes, and no hot bath, sauna, heat pad or hard exercise for an hour either side.',
  },
  'CR-SALICYLATE': {
    id: 'CR-SALICYLATE',
    title: 'Methyl salicylate rubs',
    statement: 'If aspirin gives you a reaction, check with a doctor before using a methyl salicylate rub.',
  },
  'IB-DOSE': {
    id: 'IB-DOSE',
    title: 'Ibuprofen dose',
    statement:
      'For adults: 200-400 mg with food, 4 hours or more apart, no more than 1,200 mg a day, and no longer than 10 days without a doctor.',
    seedDiffers:
      'The article mentions ibuprofen; we add the label dose, the gap between doses and the daily limit.',
  },
  'IB-RX': {
    id: 'IB-RX',
    title: 'Prescribed ibuprofen doses',
    statement:
      'A prescriber may set a dose above the shop label (600 or 800 mg); you can log it honestly, it counts toward your totals, and Unknot never suggests one.',
  },
  'IB-NO': {
    id: 'IB-NO',
    title: 'When not to take ibuprofen',
    statement:
      'Avoid it with a stomach ulcer or bleed, a reaction to aspirin or similar drugs, serious heart, liver or kidney failure, blood thinners, other anti-inflammatories, or from 20 weeks pregnant.',
  },
  'IB-CAUTION': {
    id: 'IB-CAUTION',
    title: 'Ask first',
    statement:
      'Check with a pharmacist first if you have high blood pressure, asthma, heart, kidney or liver disease, take steroids, drink 3+ drinks a day, are over 60, or are pregnant.',
  },
  'IB-NICE': {
    id: 'IB-NICE',
    title: 'Least for shortest',
    statement: 'Take the smallest dose that works for the fewest days you need it.',
  },
} satisfies Partial<Record<RemedyFactId, FactText>>;
