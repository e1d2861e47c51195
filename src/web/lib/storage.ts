/** localStorage with JSON and a fallback, so a full or blocked storage never breaks the app. */

const PREFIX = 'unknot.';

/** Reads a JSON value; `fallback` when absent or unreadable. */
export function load<T>(key: string, fallback: T): T {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    return raw === null ? fallback : (JSON.parse(raw) as T);
  } catch {
    return fallback;
  }
}

/** Writes a JSON value (ignores quota errors: the in-memory state still works). */
export function save(key: string, value: unknown): void {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Storage full or blocked: keep going in memory.
  }
}

/** Removes a key. */
export function drop(key: string): void {
  try {
    localStorage.removeItem(PREFIX + key);
  } catch {
    // ignore
  }
}
