import fc from 'fast-check';
import { expect, test } from 'vitest';
import {
  formatMoney,
  lateFee,
  minorDigits,
  parseMoney,
  priceFor,
  priceLabel,
  priceList,
  pricesFromText,
} from './money.ts';

test('money follows the currency and the locale', () => {
  expect(formatMoney(7000, 'GBP', 'en-GB')).toBe('£70');
  expect(formatMoney(7250, 'GBP', 'en-GB')).toBe('£72.50');
  expect(formatMoney(12000, 'USD', 'en-US')).toBe('$120');
  expect(formatMoney(9550, 'EUR', 'de-DE')).toBe('95,50\u00a0€');
  // Yen has no minor unit: 8000 is ¥8,000, not ¥80.
  expect(minorDigits('JPY')).toBe(0);
  expect(formatMoney(8000, 'JPY', 'en-GB')).toBe('JP¥8,000');
  expect(formatMoney(100, 'AUD', 'en-AU')).toBe('$1');
});

test('typed prices become minor units, and nonsense does not', () => {
  expect(parseMoney('70', 'GBP')).toBe(7000);
  expect(parseMoney(' £72.5 ', 'GBP')).toBe(7250);
  expect(parseMoney('72,50', 'EUR')).toBe(7250);
  expect(parseMoney('8000', 'JPY')).toBe(8000);
  for (const bad of ['', 'seventy', '-70', '70.505', '7 0', '8000.5']) {
    expect(parseMoney(bad, bad === '8000.5' ? 'JPY' : 'GBP')).toBeNull();
  }
});

test('a typed price reads back as the same amount (property)', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 9_999_999 }), (pence) => {
      const text = `${Math.floor(pence / 100)}.${String(pence % 100).padStart(2, '0')}`;
      expect(parseMoney(text, 'GBP')).toBe(pence);
    }),
  );
});

test('prices by session length, shortest first; nothing when none is set', () => {
  const prices = [
    { minutes: 90, amount: 9500, currency: 'GBP' },
    { minutes: 60, amount: 7000, currency: 'GBP' },
  ];
  expect(priceFor(prices, 60)?.amount).toBe(7000);
  expect(priceLabel(prices, 90, 'en-GB')).toBe('£95');
  expect(priceLabel(prices, 45, 'en-GB')).toBeNull();
  expect(priceLabel(undefined, 60, 'en-GB')).toBeNull();
  expect(priceList(prices, 'en-GB')).toBe('60 min £70 · 90 min £95');
  expect(priceList([], 'en-GB')).toBeNull();
});

test('the editor sends a price only for the lengths offered, and names a bad one', () => {
  expect(pricesFromText({ 60: '70', 90: '95.50', 120: '150' }, 'GBP', [90, 60])).toEqual({
    prices: [
      { minutes: 60, amount: 7000, currency: 'GBP' },
      { minutes: 90, amount: 9550, currency: 'GBP' },
    ],
  });
  expect(pricesFromText({ 60: '' }, 'GBP', [60])).toEqual({ prices: [] });
  const bad = pricesFromText({ 60: '70', 90: 'ninety' }, 'USD', [60, 90]);
  expect(bad).toEqual({ bad: 90, message: expect.stringMatching(/price of 90 minutes.*\$70/) });
});

test('a late cancel costs its percentage of the price, in whole minor units', () => {
  const prices = [{ minutes: 60, amount: 7050, currency: 'GBP' }];
  expect(lateFee(prices, 60)?.amount).toBe(7050);
  expect(lateFee(prices, 60, 50)?.amount).toBe(3525);
  expect(lateFee(prices, 60, 33)?.amount).toBe(2327);
  expect(lateFee(prices, 90, 100)).toBeUndefined();
});
