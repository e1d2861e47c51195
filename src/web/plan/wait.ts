/**
 * The waiting line of a plan item in this browser's zone and language: "Next dose from 14:05 (in 3 h 59 min)".
 * The wording and the arithmetic live in the domain (src/domain/plan/next-at.ts); this only supplies the device.
 */
import type { Remedy } from '../../domain/contract/ids.ts';
import { nextAtLine } from '../../domain/plan/next-at.ts';
import { clockOptions } from '../lib/country.ts';

/**
 * @example waitLine('ibuprofen', item.availableAt, Date.now()) // 'Next dose from 14:05 (in 3 h 59 min)'
 */
export function waitLine(remedy: Remedy, availableAt: string, nowMs: number): string {
  return nextAtLine(remedy, availableAt, nowMs, clockOptions());
}
