/** Plain words for a logged event in the diary: "Cold pack · 20 minutes". */
import type { Level } from '../../domain/contract/ids.ts';
import { STRETCH_IDS, STRETCHES } from '../../domain/plan/stretches.ts';
import { durationText } from '../lib/duration.ts';
import type { NewEvent } from '../lib/events.ts';

const CREAM: Record<string, string> = {
  menthol: 'menthol',
  capsaicin: 'capsaicin',
  methyl_salicylate: 'methyl salicylate',
};

const ACTIVITY: Record<string, string> = {
  walking: 'Walk',
  routine: 'Back routine',
  yoga: 'Yoga or tai chi',
  water: 'Swimming or water exercise',
};

function minutes(n: number): string {
  return n === 1 ? '1 minute' : `${n} minutes`;
}

function hoursBetween(a: string, b: string): string {
  const h = (Date.parse(b) - Date.parse(a)) / 3600_000;
  return Number.isFinite(h) ? `${Math.round(h * 10) / 10} hours` : '';
}

/** A title and a one-line detail for an event. */
export function describeEvent(e: NewEvent & { stoppedEarly?: boolean }): { title: string; detail: string } {
  switch (e.kind) {
    case 'pain':
      return { title: 'Pain', detail: `${e.score} out of 10` };
    case 'cold':
      return { title: 'Cold pack', detail: durationText(e.minutes) };
    case 'heat':
      return { title: 'Heat', detail: durationText(e.minutes) };
    case 'stretch': {
      const n = e.stretches.length;
      // ST-REPEAT: only static stretches were held; say the hold only when one of them was done.
      const held = e.stretches.some((id) => isStretch(id) && STRETCHES[id].mode === 'hold');
      const what = `${n} ${n === 1 ? 'exercise' : 'exercises'}${held ? `, ${e.holdSeconds} s holds` : ''}`;
      return { title: 'Stretches', detail: e.stoppedEarly ? `${what} · stopped early` : what };
    }
    case 'exercise':
      return { title: ACTIVITY[e.activity] ?? 'Exercise', detail: minutes(e.minutes) };
    case 'water':
      return { title: 'Water', detail: `${e.ml} ml` };
    case 'sleep':
      return { title: 'Sleep', detail: hoursBetween(e.bedAt, e.wakeAt) };
    case 'cream':
      return { title: 'Cream', detail: CREAM[e.ingredient] ?? e.ingredient };
    case 'ibuprofen':
      return { title: 'Ibuprofen', detail: e.prescribed ? `${e.mg} mg, prescribed` : `${e.mg} mg` };
    case 'massage':
      return { title: 'Massage', detail: '' };
    case 'note':
      return { title: 'Note', detail: e.text };
  }
}

function isStretch(id: string): id is (typeof STRETCH_IDS)[number] {
  return (STRETCH_IDS as readonly string[]).includes(id);
}

const LEVEL: Record<Level, string> = {
  self_care: 'home plan',
  doctor: 'see a doctor',
  urgent: 'urgent care',
  emergency: 'emergency',
};

/** A check-in in the diary: "Check-in · pain 6 · home plan". */
export function describeCheckIn(c: { painScore: number; level: Level }): { title: string; detail: string } {
  return { title: 'Check-in', detail: `pain ${c.painScore} out of 10 · ${LEVEL[c.level]}` };
}
