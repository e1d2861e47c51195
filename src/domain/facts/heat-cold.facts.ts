/**
 * Facts on cold and heat: when they help and how to use them without burns (evidence 2.3, 2.4).
 * Our own words; `seedDiffers` notes where the seed article says more than the evidence supports.
 */
import type { Fact, RemedyFactId } from './registry.ts';
import { ACP_2017, COCHRANE_HEAT_COLD } from './sources.ts';

/** Facts on cold and heat by id. */
export const HEAT_COLD_FACTS = {
  'CO-WRAP': {
    id: 'CO-WRAP',
    title: 'Wrap the ice',
    statement:
      'Put a thin cloth between ice and skin, take it off once the skin feels numb, and never fall asleep with it.',
    sources: [
      {
        url: 'https://www.verywellhealth.com/frostbite-with-an-ice-pack-1298334',
        label: 'Verywell Health: Frostbite from an ice pack',
      },
    ],
  },
  'CO-20': {
    id: 'CO-20',
    title: '20 minutes of cold',
    statement:
      'Use cold for no more than 20 minutes at a time, then give the skin a break of a couple of hours.',
    sources: [
      {
        url: 'https://thehealthcast.com/general-health/health-tip-soothing-pain-with-cold-therapy',
        label: 'HealthDay (University of Rochester): Soothing pain with cold therapy',
        secondary: true,
      },
      {
        url: 'https://www.firstaid.co.uk/how-to-treat-sprains-and-strains/',
        label: 'First Aid: Sprains and strains (NHS advice)',
        secondary: true,
      },
    ],
  },
  'CO-WHEN': {
    id: 'CO-WHEN',
    title: 'When cold helps',
    statement: 'Cold suits a fresh strain in its first two days; proof that it helps back pain is limited.',
    sources: [COCHRANE_HEAT_COLD],
  },
  'CO-NO': {
    id: 'CO-NO',
    title: 'When to skip cold',
    statement:
      "Skip cold if you have Raynaud's, a cold allergy, poor circulation or numb skin, and take care with diabetes or nerve damage.",
    sources: [
      {
        url: 'https://www.medicalalgorithms.com/contraindications-for-therapeutic-cold-treatment-cryotherapy',
        label: 'Medical Algorithms: Contraindications for cold treatment',
      },
      { url: 'https://httrmt.ca/cold-therapy', label: 'HTTRMT: Cold therapy' },
    ],
  },
  'HE-EVIDENCE': {
    id: 'HE-EVIDENCE',
    title: 'Heat helps',
    statement: 'Warmth on the back eased new back pain within days in trials, and guidelines suggest it.',
    sources: [COCHRANE_HEAT_COLD, ACP_2017],
  },
  'HE-TEST': {
    id: 'HE-TEST',
    title: 'Safe heat',
    statement:
      'Check the warmth first, keep the setting low, limit each session to 20 minutes, and do not sleep on a heat pad.',
    sources: [
      {
        url: 'https://my.chiromatrix.com/0029223/blog/816396-ice-and-heat-therapy-for-pain',
        label: 'Chiropractic clinic blog: Ice and heat',
      },
    ],
    seedDiffers:
      'The article suggests heat pads and bottles; burns do happen, so we add a warmth check and a time limit.',
  },
  'HE-WHEAT-BAG': {
    id: 'HE-WHEAT-BAG',
    title: 'Microwave heat bags',
    statement:
      'Microwaved grain bags can get hot enough to burn deeply: heat only as the label says, never heat twice, and test on your wrist.',
    sources: [
      {
        url: 'https://hmpgloballearningnetwork.com/site/eplasty/burns-hot-wheat-bags-public-safety-issue',
        label: 'ePlasty: Burns from hot wheat bags',
      },
    ],
    seedDiffers:
      'The article suggests a microwaved rice bag; it can burn, so follow the heating time and test it first.',
  },
  'HE-BOTTLE': {
    id: 'HE-BOTTLE',
    title: 'Hot water bottles',
    statement:
      'Use hot, not boiling, water, fill it two-thirds at most, keep a cover on, do not lie on it, and replace it every two years.',
    sources: [
      {
        url: 'https://www.nn.nhs.scot/cobis/2024/10/14/how-to-avoid-hot-water-bottle-burns-and-scalds',
        label: 'NHS Scotland: Avoiding hot water bottle burns',
      },
    ],
  },
  'HE-NO': {
    id: 'HE-NO',
    title: 'When to skip heat',
    statement:
      'No heat on new swelling or broken skin; take care if you have reduced feeling or a clot, and avoid hot tubs when pregnant.',
    sources: [
      {
        url: 'https://app.achievable.me/study/npte-pta/learn/non-systems-modalities',
        label: 'Achievable: Heat and cold modalities',
        secondary: true,
      },
    ],
  },
} satisfies Partial<Record<RemedyFactId, Fact>>;
