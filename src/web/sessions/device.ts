/**
 * The phone features a guided session uses, each optional and silent when the browser lacks it: a short
 * beep (WebAudio), a buzz (navigator.vibrate), the screen kept awake (Wake Lock) and a notification when a
 * cold or heat pack must come off.
 */

let audio: AudioContext | undefined;

/**
 * Unlocks audio from a user gesture (a browser only lets a page make sound after a tap). Call it from the
 * Start button's click handler.
 */
export function primeAudio(): void {
  // After the current task: creating an AudioContext can take most of a second on a slow phone, and the
  // tap's handler must read the clock for its deadline first. The tap's user activation lasts that long.
  setTimeout(() => {
    try {
      audio ??= new AudioContext();
      if (audio.state === 'suspended') void audio.resume();
    } catch {
      audio = undefined;
    }
  }, 0);
}

/** A short, soft beep (about 0.2 s at 660 Hz): the end of a hold. Needs {@link primeAudio} first. */
export function beep(): void {
  if (!audio) return;
  try {
    const osc = audio.createOscillator();
    const gain = audio.createGain();
    const t = audio.currentTime;
    osc.frequency.value = 660;
    // A quick fade in and out avoids a click and keeps the cue gentle.
    gain.gain.setValueAtTime(0.0001, t);
    gain.gain.exponentialRampToValueAtTime(0.2, t + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, t + 0.2);
    osc.connect(gain).connect(audio.destination);
    osc.start(t);
    osc.stop(t + 0.22);
  } catch {
    // No sound is fine: the screen and the live region say the same thing.
  }
}

/** A short buzz, when the phone supports it. */
export function buzz(pattern: number | number[] = 200): void {
  try {
    navigator.vibrate?.(pattern);
  } catch {
    // Unsupported: ignore.
  }
}

/** Holds a screen Wake Lock while a session runs and takes it again when the page comes back into view. */
export class ScreenAwake {
  #sentinel: WakeLockSentinel | null = null;
  #wanted = false;
  readonly #onVisible = (): void => {
    // The browser releases a wake lock whenever the page is hidden; ask again on return.
    if (this.#wanted && document.visibilityState === 'visible') void this.#request();
  };

  /** Asks for the lock (no-op where unsupported) and keeps it across visibility changes. */
  async acquire(): Promise<void> {
    this.#wanted = true;
    document.addEventListener('visibilitychange', this.#onVisible);
    await this.#request();
  }

  /** Lets the screen sleep again. */
  async release(): Promise<void> {
    this.#wanted = false;
    document.removeEventListener('visibilitychange', this.#onVisible);
    const s = this.#sentinel;
    this.#sentinel = null;
    await s?.release().catch(() => undefined);
  }

  async #request(): Promise<void> {
    if (!('wakeLock' in navigator) || (this.#sentinel && !this.#sentinel.released)) return;
    try {
      this.#sentinel = await navigator.wakeLock.request('screen');
    } catch {
      // Battery saver or an unsupported browser: the session still works, the screen may just dim.
      this.#sentinel = null;
    }
  }
}

/**
 * Asks for permission to notify. Call only from a tap (the Start button), never on load: an unasked-for
 * prompt is rude and browsers penalise it.
 */
export async function askToNotify(): Promise<boolean> {
  if (!('Notification' in window)) return false;
  if (Notification.permission === 'granted') return true;
  if (Notification.permission === 'denied') return false;
  try {
    return (await Notification.requestPermission()) === 'granted';
  } catch {
    return false;
  }
}

/**
 * Shows a notification through the service worker when there is one (needed on Android, and it works while
 * the page is in the background), else with the page's own Notification.
 */
export async function notify(title: string, body: string, tag: string): Promise<void> {
  if (!('Notification' in window) || Notification.permission !== 'granted') return;
  const options: NotificationOptions = { body, tag, requireInteraction: true };
  try {
    const reg = await navigator.serviceWorker?.getRegistration();
    if (reg) {
      await reg.showNotification(title, options);
      return;
    }
    new Notification(title, options);
  } catch {
    // A notification is a nicety on top of the on-screen and spoken message.
  }
}
