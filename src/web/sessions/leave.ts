import { navigate } from '../router.ts';

/** Clears a finished session, then goes to another screen. */
export function leave(clear: () => void, to: string): void {
  clear();
  navigate(to);
}
