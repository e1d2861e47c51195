/**
 * Session state kept in localStorage as plain JSON with absolute instants, so a reload, a hidden tab or a
 * phone that slept finds the timer where it really is.
 */

const PREFIX = 'unknot.session.';

/** Reads and parses one saved value; `parse` validates it (returns null for anything malformed). */
export function loadSaved<T>(key: string, parse: (value: unknown) => T | null): T | null {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    return raw === null ? null : parse(JSON.parse(raw));
  } catch {
    return null;
  }
}

/** Saves a value, or removes it when `value` is null. Private mode or a full store is not fatal. */
export function save(key: string, value: unknown): void {
  try {
    if (value === null) localStorage.removeItem(PREFIX + key);
    else localStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // The session still runs; only a reload would lose it.
  }
}
