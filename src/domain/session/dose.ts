/**
 * Ibuprofen doses a person may log. IB-DOSE: the self-care limits (200-400 mg a dose, 4 h apart, 1,200 mg
 * in 24 h) do not change and are what the app ever suggests. IB-RX: prescriptions go beyond the label
 * (600 or 800 mg a dose), so such a dose can be logged honestly once the person says a prescriber set it,
 * and it counts toward the same totals. Pure.
 */
import { IBU_DOSE_CHOICES_MG, IBU_MAX_SINGLE_MG } from '../plan/limits.ts';

/** IB-RX: single prescribed doses on the US label (400-800 mg) and in the UK (up to 600 mg). */
export const PRESCRIBED_DOSE_CHOICES_MG: readonly number[] = [600, 800];

/** IB-RX: the largest single dose any prescription label gives; a guard against a typo, not advice. */
export const MAX_LOGGABLE_DOSE_MG = 800;

/** IB-RX: a dose above the over-the-counter label is logged only as set by a prescriber. */
export function needsPrescriber(mg: number): boolean {
  return mg > IBU_MAX_SINGLE_MG;
}

/** Every dose size the log offers: the label's (IB-DOSE) first, then the prescribed ones (IB-RX). */
export const LOGGABLE_DOSES_MG: readonly number[] = [...IBU_DOSE_CHOICES_MG, ...PRESCRIBED_DOSE_CHOICES_MG];
