/**
 * What a client sees of a therapist before booking, so they know who comes and what it costs: initials when there
 * is no photo, and what a late cancellation costs in money, from the therapist's price and late-cancellation
 * percentage.
 */
import type { Price } from './booking.schema.ts';

/** Up to two initials of a display name: "Ada Brooks" → "AB", "priya" → "P". */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/u).filter(Boolean);
  const picked = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return picked.map((w) => Array.from(w ?? '')[0]?.toUpperCase() ?? '').join('');
}

/** A money amount in integer minor units of an ISO 4217 currency. */
export interface Money {
  readonly amount: number;
  readonly currency: string;
}

/**
 * What cancelling a visit of `minutes` late costs: `percent` of that length's price, rounded to whole minor
 * units; null when the therapist set no price for it.
 */
export function lateCancelFee(prices: readonly Price[], minutes: number, percent: number): Money | null {
  const price = prices.find((p) => p.minutes === minutes);
  if (price === undefined) return null;
  return { amount: Math.round((price.amount * percent) / 100), currency: price.currency };
}
