import { describe, expect, test } from 'vitest';
import { defaultSettings, regionOf } from './settings.ts';

describe('defaultSettings', () => {
  test('picks the emergency number from the language region', () => {
    expect(defaultSettings('en-US').emergencyNumber).toBe('911');
    expect(defaultSettings('en-GB').emergencyNumber).toBe('999');
    expect(defaultSettings('de-DE').emergencyNumber).toBe('112');
    expect(defaultSettings('en').emergencyNumber).toBe('112');
  });
  test('uses imperial units only where people expect them', () => {
    expect(defaultSettings('en-US').units).toBe('imperial');
    expect(defaultSettings('fr-CA').units).toBe('metric');
  });
  test('reads the region from longer tags', () => {
    expect(regionOf('zh-Hant-TW')).toBe('TW');
    expect(regionOf('en_gb')).toBe('GB');
  });
});
