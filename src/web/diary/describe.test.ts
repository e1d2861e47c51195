import { describe, expect, it } from 'vitest';
import { describeCheckIn, describeEvent } from './describe.ts';

const at = '2026-11-26T09:00:00Z';

describe('describeEvent', () => {
  it('says what each entry was in plain words', () => {
    expect(describeEvent({ kind: 'cold', at, minutes: 20 })).toEqual({
      title: 'Cold pack',
      detail: '20 minutes',
    });
    expect(describeEvent({ kind: 'exercise', at, activity: 'walking', minutes: 1 }).detail).toBe('1 minute');
    expect(describeEvent({ kind: 'cream', at, ingredient: 'methyl_salicylate' }).detail).toBe(
      'methyl salicylate',
    );
    expect(
      describeEvent({ kind: 'sleep', at, bedAt: '2026-11-25T23:00:00Z', wakeAt: '2026-11-26T06:30:00Z' })
        .detail,
    ).toBe('7.5 hours');
  });

  it('marks a stretch session that was stopped early', () => {
    const e = {
      kind: 'stretch' as const,
      at,
      stretches: ['knee_to_chest'],
      holdSeconds: 30,
      stoppedEarly: true,
    };
    expect(describeEvent(e).detail).toBe('1 exercise, 30 s holds · stopped early');
    // ST-REPEAT: repeated exercises were not held, so no hold is claimed.
    expect(describeEvent({ ...e, stretches: ['pelvic_tilt'], stoppedEarly: false }).detail).toBe(
      '1 exercise',
    );
  });

  it('logs a short cold pack in seconds and a prescribed dose as prescribed', () => {
    expect(describeEvent({ kind: 'cold', at, minutes: 0.1 }).detail).toBe('6 seconds');
    expect(describeEvent({ kind: 'ibuprofen', at, mg: 800, prescribed: true }).detail).toBe(
      '800 mg, prescribed',
    );
    expect(describeCheckIn({ painScore: 6, level: 'self_care' })).toEqual({
      title: 'Check-in',
      detail: 'pain 6 out of 10 · home plan',
    });
  });
});
