/**
 * Facts on moving, stretching, posture, sleep, water and massage (evidence 2.1, 2.2, 2.7-2.10).
 * Our own words; `seedDiffers` notes where the seed article says more than the evidence supports.
 */
import type { Fact, RemedyFactId } from './registry.ts';
import {
  ACP_2017,
  CAMBRON_2007,
  NHS_BACK_EXERCISES,
  NHS_INFORM_EXERCISES,
  NICE_NG59,
  OSHA_WORKSTATIONS,
} from './sources.ts';

/** Facts on moving, stretching, posture, sleep, water and massage (evidence 2.1, 2.2, 2.7-2.10). by id. */
export const MOVEMENT_FACTS = {
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
} satisfies Partial<Record<RemedyFactId, Fact>>;
