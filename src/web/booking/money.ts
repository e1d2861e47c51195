/**
 * Prices as the therapist sets them, so a client knows the cost before booking: per session length, an integer
 * amount in the currency's minor units (pence, cents; none for yen) and an ISO 4217 code. Formatted with Intl in
 * the reader's locale, so "£70" in London and "A$120.00"-style codes elsewhere come from the platform, not from us.
 */

/** One session length's price (API `prices[]`). */
export interface Price {
  minutes: number;
  /** Integer, in minor units of `currency`. */
  amount: number;
  /** ISO 4217, e.g. "GBP". */
  currency: string;
}

/** Currencies the profile editor offers first (any valid ISO 4217 code formats). */
export const CURRENCIES = ['GBP', 'EUR', 'USD', 'CAD', 'AUD', 'NZD'] as const;

/** How many minor units a currency has (2 for GBP, 0 for JPY); 2 when the platform does not know it. */
export function minorDigits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2
    );
  } catch {
    return 2;
  }
}

/**
 * An amount in minor units as money in a locale: whole amounts without ".00" ("£70"), others in full
 * ("£72.50"). Falls back to "70.00 XYZ" for a code the platform cannot format.
 * @example formatMoney(7000, 'GBP', 'en-GB') // '£70'
 */
export function formatMoney(amount: number, currency: string, locale?: string): string {
  const digits = minorDigits(currency);
  const major = amount / 10 ** digits;
  const whole = Number.isInteger(major);
  try {
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: whole ? 0 : digits,
      maximumFractionDigits: digits,
    }).format(major);
  } catch {
    return `${major.toFixed(digits)} ${currency}`;
  }
}

/**
 * Text typed into a price field ("70", "72.50", "72,50", "£70") as minor units, or null when it is not an
 * amount (empty, negative, or more decimals than the currency has).
 */
export function parseMoney(text: string, currency: string): number | null {
  const digits = minorDigits(currency);
  // An optional symbol or code in front ("£", "A$", "US$"), then the amount; a minus sign never matches.
  const m = /^\s*[^\d\s.,-]{0,3}\s*(\d{1,7})(?:[.,](\d*))?\s*$/.exec(text);
  if (m === null) return null;
  const fraction = m[2] ?? '';
  if (fraction.length > digits) return null;
  return Number(m[1]) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
}

/** The price of a session length, if the therapist set one. */
export function priceFor(prices: readonly Price[] | undefined, minutes: number): Price | undefined {
  return prices?.find((p) => p.minutes === minutes);
}

/** "£70" for a length, or null when no price is set (the screens then say nothing about price). */
export function priceLabel(
  prices: readonly Price[] | undefined,
  minutes: number,
  locale?: string,
): string | null {
  const p = priceFor(prices, minutes);
  return p ? formatMoney(p.amount, p.currency, locale) : null;
}

/**
 * What cancelling a visit of `minutes` late costs: `percent` of that length's price, rounded to whole minor
 * units; undefined without a price. The same arithmetic as the server's (domain `lateCancelFee` on branch
 * `bookserver`), which the booking's own `cancellation.lateFee` carries once it is merged.
 */
export function lateFee(
  prices: readonly Price[] | undefined,
  minutes: number,
  percent = 100,
): Price | undefined {
  const p = priceFor(prices, minutes);
  return p ? { ...p, amount: Math.round((p.amount * percent) / 100) } : undefined;
}

/** "60 min £70 · 90 min £95": every length with its price, shortest first; null without prices. */
export function priceList(prices: readonly Price[] | undefined, locale?: string): string | null {
  if (!prices || prices.length === 0) return null;
  return [...prices]
    .sort((a, b) => a.minutes - b.minutes)
    .map((p) => `${p.minutes} min ${formatMoney(p.amount, p.currency, locale)}`)
    .join(' · ');
}

/**
 * The profile editor's price fields (major units as typed, per length) as the API's `prices`, for the
 * lengths offered only; an empty field means no price for that length. The first field that is not an
 * amount comes back as `bad` with a message naming the length.
 */
export function pricesFromText(
  texts: Readonly<Record<number, string>>,
  currency: string,
  lengths: readonly number[],
): { prices: Price[] } | { bad: number; message: string } {
  const prices: Price[] = [];
  for (const minutes of [...lengths].sort((a, b) => a - b)) {
    const text = (texts[minutes] ?? '').trim();
    if (text === '') continue;
    const amount = parseMoney(text, currency);
    if (amount === null) {
      const example = formatMoney(70 * 10 ** minorDigits(currency), currency);
      return {
        bad: minutes,
        message: `Enter the price of ${minutes} minutes as an amount, for example ${example}.`,
      };
    }
    prices.push({ minutes, amount, currency });
  }
  return { prices };
}
