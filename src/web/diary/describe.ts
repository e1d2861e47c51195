/** Plain words for a logged event in the diary: "Cold pack · 20 minutes". */
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
      return { title: 'Cold pack', detail: minutes(e.minutes) };
    case 'heat':
      return { title: 'Heat', detail: minutes(e.minutes) };
    case 'stretch': {
      const n = e.stretches.length;
      const what = `${n} ${n === 1 ? 'stretch' : 'stretches'}, ${e.holdSeconds} s holds`;
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
      return { title: 'Ibuprofen', detail: `${e.mg} mg` };
    case 'massage':
      return { title: 'Massage', detail: '' };
    case 'note':
      return { title: 'Note', detail: e.text };
  }
}
