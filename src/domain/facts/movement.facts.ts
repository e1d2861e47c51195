/**
 * Facts on moving, stretching, posture, sleep, water and massage (evidence 2.1, 2.2, 2.7-2.10).
 * Our own words; `seedDiffers` notes where the seed article says more than the evidence supports.
 */
import type { FactText, RemedyFactId } from './registry.ts';

/** Facts on moving, stretching, posture, sleep, water and massage (evidence 2.1, 2.2, 2.7-2.10). by id. */
export const MOVEMENT_FACTS = {
  'EX-STAY-ACTIVE': {
    id: 'EX-STAY-ACTIVE',
    title: 'Keep moving',
    statement:
      'Gentle activity helps a sore back a little more than resting in bed; any kind of exercise counts.',
  },
  'EX-ROUTINE': {
    id: 'EX-ROUTINE',
    title: 'A daily routine',
    statement:
      'Do a few back exercises each day (start with 5 of each, 3 times a day) and build up slowly; most back pain eases within weeks.',
  },
  'EX-WALK': {
    id: 'EX-WALK',
    title: 'Walking',
    statement:
      'Building up to regular walks of about half an hour helped people stay free of back pain for longer.',
  },
  'EX-YOGA': {
    id: 'EX-YOGA',
    title: 'Yoga and tai chi',
    statement:
      'Exercise, yoga and tai chi are among the first things doctors suggest for back pain that lasts.',
  },
  'HY-WEAK': {
    id: 'HY-WEAK',
    title: 'Water and spasms',
    statement:
      'Drinking water is good for you in general, but there is no good proof that it eases back spasms.',
    seedDiffers:
      'The article links spasms to not drinking enough; research has not shown that, so we treat water as a healthy habit.',
  },
  'HY-NO-EXCESS': {
    id: 'HY-NO-EXCESS',
    title: 'Not too much water',
    statement:
      'Drinking far more than you need can be dangerous, so your daily goal stays in an ordinary range.',
    seedDiffers: 'We never suggest drinking lots of extra water to stop spasms.',
  },
  'ST-HOLD': {
    id: 'ST-HOLD',
    title: 'How long to stretch',
    statement:
      'Hold each stretch for about 30 seconds (up to 60 if you are older), repeat to about a minute, to a pull, never pain.',
    seedDiffers:
      'The article says 30 seconds or more; guidance suggests 10-30 s for most adults, so we start at 30 s and stop at 60 s.',
  },
  'ST-REPEAT': {
    id: 'ST-REPEAT',
    title: 'Held or repeated',
    statement:
      'Still stretches are held for 10-30 seconds. The cobra, rolling your knees and tilting your pelvis are short moves you repeat.',
  },
  'ST-NHS': {
    id: 'ST-NHS',
    title: 'Gentle back stretches',
    statement:
      'Good first stretches: bottom to heels, knee rolls, gentle back arches, pelvic tilts and knee to chest.',
  },
  'ST-TOE-TOUCH': {
    id: 'ST-TOE-TOUCH',
    title: 'Toe touching',
    statement:
      'Bending forward to touch your toes is not in back-pain exercise advice and may stir up fresh pain.',
    seedDiffers:
      'The article suggests touching your toes; we offer it only once the pain is low and settled, after gentler stretches.',
  },
  'ST-STOP': {
    id: 'ST-STOP',
    title: 'When to stop',
    statement:
      'Stop the exercise if your symptoms get worse or you feel a new sharp, shooting or numb feeling.',
  },
  'PO-MONITOR': {
    id: 'PO-MONITOR',
    title: 'Screen position',
    statement:
      'Keep the screen straight ahead, about an arm away (50-100 cm), with its top at or just under eye height.',
  },
  'PO-CHAIR': {
    id: 'PO-CHAIR',
    title: 'Chair set-up',
    statement:
      'Choose a chair that supports your lower back, keep your feet flat, and let your shoulders and elbows relax.',
  },
  'SL-HOURS': {
    id: 'SL-HOURS',
    title: 'Hours of sleep',
    statement: 'Adults do best with at least 7 hours of sleep; 7-9 under 65 and 7-8 from 65.',
  },
  'SL-POSITION': {
    id: 'SL-POSITION',
    title: 'Sleeping position',
    statement: 'On your side, try a firm pillow between your knees; on your back, a pillow under your knees.',
  },
  'SL-MATTRESS': {
    id: 'SL-MATTRESS',
    title: 'Mattress',
    statement: 'A medium-firm mattress helped people with long-term back pain more than a hard one.',
  },
  'MA-COMMON': {
    id: 'MA-COMMON',
    title: 'Soreness after massage',
    statement:
      'About 1 in 10 people feel a bit sore after a massage; it usually starts the same day and is gone within a day and a half.',
  },
  'MA-NOT-NORMAL': {
    id: 'MA-NOT-NORMAL',
    title: 'Not the usual soreness',
    statement:
      'Severe pain, soreness lasting past 3 days or worsening, dark pee, new numbness or weakness, fever or chest pain after a massage need the red-flag steps.',
  },
  'MA-AGAIN': {
    id: 'MA-AGAIN',
    title: 'When to have another massage',
    statement:
      'No study says when; our rule is to wait 72 hours after a massage that hurt, and not while a warning sign is open.',
  },
  'MA-RARE': {
    id: 'MA-RARE',
    title: 'Serious harm is rare',
    statement:
      'Serious harm from massage is rare, though muscle breakdown has been reported (see dark urine warning).',
  },
  'MA-NICE': {
    id: 'MA-NICE',
    title: 'Massage with exercise',
    statement: 'Massage works best as an add-on to exercise, not on its own.',
  },
} satisfies Partial<Record<RemedyFactId, FactText>>;
