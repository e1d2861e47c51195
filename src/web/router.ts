/**
 * A tiny hash router: `#/plan`, `#/session/cold`. Hash URLs need no server rewrites and work offline from the
 * service worker's cached index.html.
 */
import { signal } from '@preact/signals';

/** The current path without the `#`, e.g. `/session/cold`. */
export const path = signal<string>(readPath());

function readPath(): string {
  if (typeof location === 'undefined') return '/';
  const raw = location.hash.replace(/^#/, '');
  return raw.startsWith('/') ? raw.split('?')[0] || '/' : '/';
}

/** Goes to a path (adds a history entry). */
export function navigate(to: string): void {
  if (readPath() === to) return;
  location.hash = to;
}

/** Replaces the current entry (no new history entry), e.g. for redirects. */
export function redirect(to: string): void {
  history.replaceState(history.state, '', `#${to}`);
  path.value = to;
}

/** A matched route: its name and parameters. */
export interface Match {
  name: string;
  params: Record<string, string>;
}

/**
 * Matches a path against patterns like `/session/:kind`; the first match wins.
 * @example match('/session/cold', { session: '/session/:kind' }) // { name: 'session', params: { kind: 'cold' } }
 */
export function match(p: string, routes: Record<string, string>): Match | null {
  const parts = p.split('/').filter(Boolean);
  for (const [name, pattern] of Object.entries(routes)) {
    const want = pattern.split('/').filter(Boolean);
    if (want.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const ok = want.every((w, i) => {
      const got = parts[i] ?? '';
      if (w.startsWith(':')) {
        params[w.slice(1)] = decodeURIComponent(got);
        return true;
      }
      return w === got;
    });
    if (ok) return { name, params };
  }
  return null;
}

if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', () => {
    path.value = readPath();
  });
}
