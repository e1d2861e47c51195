/**
 * Remedy facts (evidence section 2): what each home remedy can and cannot do, and its limits, in our own words.
 * `seedDiffers` notes where the seed article says more than the evidence supports.
 */
import { CAMBRON_2007, IBUPROFEN_LABEL, MENTHOL_LABEL, NHS_BACK_EXERCISES } from './red-flag.facts.ts';
import type { Fact, FactSource, RemedyFactId } from './registry.ts';

const COCHRANE_HEAT_COLD: FactSource = {
  url: 'https://doi.org/10.1002/14651858.CD004750.pub2',
  label: 'Cochrane review: Superficial heat or cold for low back pain',
};
const ACP_2017: FactSource = {
  url: 'https://www.acpjournals.org/doi/10.7326/M16-2367',
  label: 'American College of Physicians 2017 guideline: Low back pain',
};
const NHS_INFORM_EXERCISES: FactSource = {
  url: 'https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/exercises/exercises-for-back-pain',
  label: 'NHS inform: Exercises for back pain',
};
const FDA_TOPICAL_BURNS: FactSource = {
  url: 'http://fda.gov/Drugs/DrugSafety/ucm318858.htm',
  label: 'FDA safety communication: Burns from topical pain relievers',
};
const NHS_IBUPROFEN: FactSource = {
  url: 'https://www.nhs.uk/medicines/ibuprofen-for-adults/how-and-when-to-take-ibuprofen/',
  label: 'NHS: How and when to take ibuprofen',
};
const OSHA_WORKSTATIONS: FactSource = {
  url: 'https://www.osha.gov/etools/computer-workstations',
  label: 'OSHA eTool: Computer workstations',
};
const NICE_NG59: FactSource = {
  url: 'https://www.nice.org.uk/guidance/ng59/chapter/Recommendations',
  label: 'NICE NG59: Low back pain and sciatica, recommendations',
};

/** Remedy facts by id. */
export const REMEDY_FACTS: Readonly<Record<RemedyFactId, Fact>> = {
  'EX-STAY-ACTIVE': {
    id: 'EX-STAY-ACTIVE',
    title: 'Keep moving',
    statement:
      'Gentle activity helps a sore back a little more than resting in bed; any kind of exercise counts.',
    sources: [
      {
        url: 'https://cochranelibrary.com/cdsr/doi/10.1002/14651858.CD007612.pub2',
        label: 'Cochrane review: Advice to stay active',
      },
      {
        url: 'https://www.nice.org.uk/guidance/ng59/ifp/chapter/Exercise-and-physical-activity',
        label: 'NICE NG59 for the public: Exercise and physical activity',
      },
    ],
  },
  'EX-ROUTINE': {
    id: 'EX-ROUTINE',
    title: 'A daily routine',
    statement:
      'Do a few back exercises each day (start with 5 of each, 3 times a day) and build up slowly; most back pain eases within weeks.',
    sources: [NHS_BACK_EXERCISES, NHS_INFORM_EXERCISES],
  },
  'EX-WALK': {
    id: 'EX-WALK',
    title: 'Walking',
    statement:
      'Building up to regular walks of about half an hour helped people stay free of back pain for longer.',
    sources: [
      {
        url: 'https://myorthoevidence.com/AceReport/Show/progressive-walking-and-education-intervention-for-the-prevention-of-low-back-pain-recurrence-in?ui-culture=en',
        label: 'WalkBack trial (Lancet 2024), summary by OrthoEvidence',
        secondary: true,
      },
    ],
  },
  'EX-YOGA': {
    id: 'EX-YOGA',
    title: 'Yoga and tai chi',
    statement:
      'Exercise, yoga and tai chi are among the first things doctors suggest for back pain that lasts.',
    sources: [ACP_2017],
  },
  'HY-WEAK': {
    id: 'HY-WEAK',
    title: 'Water and spasms',
    statement:
      'Drinking water is good for you in general, but there is no good proof that it eases back spasms.',
    sources: [
      {
        url: 'http://journals.lww.com/acsm-msse/Fulltext/2010/11000/Three_Percent_Hypohydration_Does_Not_Affect.12.aspx',
        label: 'Braulick et al. 2010: Hypohydration and cramp threshold',
      },
      {
        url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC8775277',
        label: 'PMC review: Exercise-associated muscle cramps',
      },
    ],
    seedDiffers:
      'The article links spasms to not drinking enough; research has not shown that, so we treat water as a healthy habit.',
  },
  'HY-NO-EXCESS': {
    id: 'HY-NO-EXCESS',
    title: 'Not too much water',
    statement:
      'Drinking far more than you need can be dangerous, so your daily goal stays in an ordinary range.',
    sources: [
      {
        url: 'https://journals.lww.com/acsm-csmr/Fulltext/2015/09000/Rethinking_the_Cause_of_Exercise_Associated_Muscle.5.aspx',
        label: 'Miller 2015: Rethinking the cause of exercise-associated muscle cramping',
      },
    ],
    seedDiffers: 'We never suggest drinking lots of extra water to stop spasms.',
  },
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
  'ST-HOLD': {
    id: 'ST-HOLD',
    title: 'How long to stretch',
    statement:
      'Hold each stretch for about 30 seconds (up to 60 if you are older), repeat to about a minute, to a pull, never pain.',
    sources: [
      {
        url: 'https://www.acsm.org/all-blog-posts/certification-blog/acsm-certified-blog/2021/03/18/stretching-and-flexibility-guidelines-update',
        label: 'ACSM: Stretching and flexibility guidelines',
      },
    ],
    seedDiffers:
      'The article says 30 seconds or more; guidance suggests 10-30 s for most adults, so we start at 30 s and stop at 60 s.',
  },
  'ST-NHS': {
    id: 'ST-NHS',
    title: 'Gentle back stretches',
    statement:
      'Good first stretches: bottom to heels, knee rolls, gentle back arches, pelvic tilts and knee to chest.',
    sources: [NHS_BACK_EXERCISES],
  },
  'ST-TOE-TOUCH': {
    id: 'ST-TOE-TOUCH',
    title: 'Toe touching',
    statement:
      'Bending forward to touch your toes is not in back-pain exercise advice and may stir up fresh pain.',
    sources: [NHS_BACK_EXERCISES],
    seedDiffers:
      'The article suggests touching your toes; we offer it only once the pain is low and settled, after gentler stretches.',
  },
  'ST-STOP': {
    id: 'ST-STOP',
    title: 'When to stop',
    statement:
      'Stop the exercise if your symptoms get worse or you feel a new sharp, shooting or numb feeling.',
    sources: [NHS_INFORM_EXERCISES],
  },
  'PO-MONITOR': {
    id: 'PO-MONITOR',
    title: 'Screen position',
    statement:
      'Keep the screen straight ahead, about an arm away (50-100 cm), with its top at or just under eye height.',
    sources: [
      OSHA_WORKSTATIONS,
      {
        url: 'http://www.dir.ca.gov/dosh/dosh_publications/page26.html',
        label: 'Cal/OSHA: Computer workstation guide',
      },
    ],
  },
  'PO-CHAIR': {
    id: 'PO-CHAIR',
    title: 'Chair set-up',
    statement:
      'Choose a chair that supports your lower back, keep your feet flat, and let your shoulders and elbows relax.',
    sources: [OSHA_WORKSTATIONS],
  },
  'SL-HOURS': {
    id: 'SL-HOURS',
    title: 'Hours of sleep',
    statement: 'Adults do best with at least 7 hours of sleep; 7-9 under 65 and 7-8 from 65.',
    sources: [
      {
        url: 'https://aasm.org/advocacy/position-statements/adult-sleep-duration-health-advisory/',
        label: 'AASM: Adult sleep duration',
      },
      {
        url: 'https://www.ncbi.nlm.nih.gov/pubmed/29073398',
        label: 'National Sleep Foundation: Sleep duration recommendations',
      },
    ],
  },
  'SL-POSITION': {
    id: 'SL-POSITION',
    title: 'Sleeping position',
    statement: 'On your side, try a firm pillow between your knees; on your back, a pillow under your knees.',
    sources: [
      {
        url: 'https://www.ochsurgery.co.uk/health-advice/i-have-back-pain/',
        label: 'OCH Surgery: I have back pain',
      },
    ],
  },
  'SL-MATTRESS': {
    id: 'SL-MATTRESS',
    title: 'Mattress',
    statement: 'A medium-firm mattress helped people with long-term back pain more than a hard one.',
    sources: [
      {
        url: 'https://search.pedro.org.au/search-results/record-detail/11346',
        label: 'PEDro: Mattress firmness trial',
      },
    ],
  },
  'MA-COMMON': {
    id: 'MA-COMMON',
    title: 'Soreness after massage',
    statement:
      'About 1 in 10 people feel a bit sore after a massage; it usually starts the same day and is gone within a day and a half.',
    sources: [
      CAMBRON_2007,
      {
        url: 'https://ecampusontario.pressbooks.pub/handbookformassagetherapists/chapter/doms/',
        label: 'Handbook for massage therapists: DOMS',
      },
    ],
  },
  'MA-RARE': {
    id: 'MA-RARE',
    title: 'Serious harm is rare',
    statement:
      'Serious harm from massage is rare, though muscle breakdown has been reported (see dark urine warning).',
    sources: [
      {
        url: 'https://www.hindawi.com/journals/ecam/2014/480956/',
        label: 'Yin et al. 2014: Adverse events of massage',
      },
    ],
  },
  'MA-NICE': {
    id: 'MA-NICE',
    title: 'Massage with exercise',
    statement: 'Massage works best as an add-on to exercise, not on its own.',
    sources: [NICE_NG59],
  },
};
