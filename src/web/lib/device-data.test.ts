import { describe, expect, it } from 'vitest';
import {
  clearForLogOut,
  GUEST,
  hasData,
  mergeSnapshots,
  ownerOf,
  snapshot,
  stashOf,
  summarize,
  switchOwner,
} from './device-data.ts';

/** The Web Storage interface over a Map (Node has no localStorage). */
class MemoryStorage implements Storage {
  private map = new Map<string, string>();
  get length(): number {
    return this.map.size;
  }
  clear(): void {
    this.map.clear();
  }
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.map.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
  setItem(key: string, value: string): void {
    this.map.set(key, String(value));
  }
}

const ev = (localId: string, at: string, extra: object = {}) => ({
  kind: 'pain',
  at,
  score: 5,
  localId,
  ...extra,
});

function device(owner: string | null, data: Record<string, unknown>): MemoryStorage {
  const s = new MemoryStorage();
  if (owner) s.setItem('unknot.owner', JSON.stringify(owner));
  s.setItem('unknot.settings', JSON.stringify({ units: 'metric' }));
  for (const [k, v] of Object.entries(data)) s.setItem(`unknot.${k}`, JSON.stringify(v));
  return s;
}

const read = (s: Storage, key: string): unknown => JSON.parse(s.getItem(`unknot.${key}`) ?? 'null');

describe('device data belongs to one owner, so a shared phone never leaks it', () => {
  it("never shows account A's events, check-in, outbox or saved sessions to account B", () => {
    const s = device('user-a', {
      events: [ev('1', '2026-11-26T08:00:00Z', { kind: 'ibuprofen', mg: 400 })],
      today: { checkIn: { at: '2026-11-26T08:00:00Z' } },
      outbox: [{ key: 'k1', op: 'create', localId: '1' }],
      'session.stretch': { startedAt: 1 },
    });
    expect(switchOwner(s, 'user-b')).toBe(true);
    expect(read(s, 'events')).toBeNull();
    expect(read(s, 'today')).toBeNull();
    expect(read(s, 'outbox')).toBeNull();
    expect(read(s, 'session.stretch')).toBeNull();
    expect(hasData(snapshot(s))).toBe(false);
    expect(read(s, 'settings')).toEqual({ units: 'metric' }); // the device's preferences stay
    expect(ownerOf(s)).toBe('user-b');
    // A signs in again: A's data (with its unsent upload) comes back.
    switchOwner(s, 'user-a');
    expect(read(s, 'events')).toHaveLength(1);
    expect(read(s, 'outbox')).toHaveLength(1);
    expect(stashOf(s, 'user-a')).toBeNull();
  });

  it('clears everything personal on log-out, and keeps a guest’s data aside to offer, never merged', () => {
    const s = device('user-a', { events: [ev('1', '2026-11-26T08:00:00Z')] });
    clearForLogOut(s);
    expect(read(s, 'events')).toBeNull();
    expect(ownerOf(s)).toBe(GUEST);
    expect(stashOf(s, 'user-a')).toBeNull(); // cleared, not kept
    // A guest logs a check-in and an event, then someone signs up.
    s.setItem('unknot.events', JSON.stringify([ev('g1', '2026-11-26T09:00:00Z')]));
    s.setItem('unknot.today', JSON.stringify({ checkIn: { at: '2026-11-26T09:00:00Z' } }));
    switchOwner(s, 'user-b');
    expect(read(s, 'events')).toBeNull();
    const guest = stashOf(s, GUEST);
    expect(guest && summarize(guest)).toEqual({ events: 1, checkIn: true });
  });

  it('reads the owner of a device from before owners existed from its cached user', () => {
    expect(ownerOf(device(null, { user: { id: 'user-a' } }))).toBe('user-a');
    expect(ownerOf(device(null, {}))).toBe(GUEST);
  });

  it('merges a guest’s entries into an account without duplicates, in time order, keeping the later check-in', () => {
    const base = {
      events: JSON.stringify([ev('1', '2026-11-26T10:00:00Z')]),
      outbox: JSON.stringify([{ key: 'a' }]),
      today: JSON.stringify({ checkIn: { at: '2026-11-26T10:00:00Z' } }),
    };
    const extra = {
      events: JSON.stringify([ev('0', '2026-11-26T07:00:00Z'), ev('1', '2026-11-26T10:00:00Z')]),
      outbox: JSON.stringify([{ key: 'a' }, { key: 'b' }]),
      today: JSON.stringify({ checkIn: { at: '2026-11-26T07:00:00Z' } }),
    };
    const m = mergeSnapshots(base, extra);
    expect(JSON.parse(m.events ?? '[]').map((e: { localId: string }) => e.localId)).toEqual(['0', '1']);
    expect(JSON.parse(m.outbox ?? '[]')).toHaveLength(2);
    expect(m.today).toBe(base.today);
  });
});
