/**
 * Facts on cold and heat: when they help and how to use them without burns (evidence 2.3, 2.4).
 * Our own words; `seedDiffers` notes where the seed article says more than the evidence supports.
 */
import type { FactText, RemedyFactId } from './registry.ts';

/** Facts on cold and heat by id. */
export const HEAT_COLD_FACTS = {
  'CO-WRAP': {
    id: 'CO-WRAP',
    title: 'Wrap the ice',
    statement:
      'Put a thin cloth between ice and skin, take it off once the skin feels numb, and never fall asleep with it.',
  },
  'CO-20': {
    id: 'CO-20',
    title: '20 minutes of cold',
    statement:
      'Use cold for no more than 20 minutes at a time, then give the skin a break of a couple of hours.',
  },
  'CO-WHEN': {
    id: 'CO-WHEN',
    title: 'When cold helps',
    statement: 'Cold suits a fresh strain in its first two days; proof that it helps back pain is limited.',
  },
  'CO-NO': {
    id: 'CO-NO',
    title: 'When to skip cold',
    statement:
      "Skip cold if you have Raynaud's, a cold allergy, poor circulation or numb skin, and take care with diabetes or nerve damage.",
  },
  'HE-EVIDENCE': {
    id: 'HE-EVIDENCE',
    title: 'Heat helps',
    statement: 'Warmth on the back eased new back pain within days in trials, and guidelines suggest it.',
  },
  'HE-TEST': {
    id: 'HE-TEST',
    title: 'Safe heat',
    statement:
      'Check the warmth first, keep the setting low, limit each session to 20 minutes, and do not sleep on a heat pad.',
    seedDiffers:
      'The article suggests heat pads and bottles; burns do happen, so we add a warmth check and a time limit.',
  },
  'HE-WHEAT-BAG': {
    id: 'HE-WHEAT-BAG',
    title: 'Microwave heat bags',
    statement:
      'Microwaved grain bags can get hot enough to burn deeply: heat only as the label says, never heat twice, and test on your wrist.',
    seedDiffers:
      'The article suggests a microwaved rice bag; it can burn, so follow the heating time and test it first.',
  },
  'HE-BOTTLE': {
    id: 'HE-BOTTLE',
    title: 'Hot water bottles',
    statement:
      'Use hot, not boiling, water, fill it two-thirds at most, keep a cover on, do not lie on it, and replace it every two years.',
  },
  'HE-NO': {
    id: 'HE-NO',
    title: 'When to skip heat',
    statement:
      'No heat on new swelling or broken skin; take care if you have reduced feeling or a clot, and avoid hot tubs when pregnant.',
  },
} satisfies Partial<Record<RemedyFactId, FactText>>;
