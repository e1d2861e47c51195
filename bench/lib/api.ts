/**
 * A signed-in bench client: signs up over HTTP as the contract says and sends the cookie with the headers a
 * same-origin browser page would (Origin and Sec-Fetch-Site), so CSRF checks pass as they would in the app.
 */

/** A signed-in user: the headers to send with every request. */
export interface Session {
  baseUrl: string;
  email: string;
  headers: Record<string, string>;
}

/** Signs up a new account (201 expected) and returns its session headers. */
export async function signUp(baseUrl: string, role: 'client' | 'therapist', tag: string): Promise<Session> {
  const email = `bench.${tag}.${Date.now()}.${Math.random().toString(36).slice(2, 8)}@unknot.test`;
  const res = await fetch(`${baseUrl}/api/v1/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl, 'sec-fetch-site': 'same-origin' },
    body: JSON.stringify({ email, password: 'bench-password-2026', name: `Bench ${tag}`, role }),
  });
  const text = await res.text();
  if (res.status !== 201) throw new Error(`signup answered ${res.status}: ${text}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  if (!cookie) throw new Error('signup set no cookie');
  return {
    baseUrl,
    email,
    headers: {
      cookie,
      origin: baseUrl,
      'sec-fetch-site': 'same-origin',
      'content-type': 'application/json',
    },
  };
}

/** Sends one JSON request as `session`; throws unless the status is `expect`. */
export async function call<T>(
  session: Session,
  method: string,
  path: string,
  body: unknown,
  expect: number,
): Promise<T> {
  const res = await fetch(`${session.baseUrl}${path}`, {
    method,
    headers: session.headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (res.status !== expect)
    throw new Error(`${method} ${path} answered ${res.status}: ${text.slice(0, 500)}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** A calm check-in made now (triage self_care): what a booking needs first (the server's booking gate). */
export function calmCheckIn(now = Date.now()): Record<string, unknown> {
  return {
    painScore: 4,
    area: 'lower',
    onsetAt: new Date(now - 20 * 3_600_000).toISOString(),
    firstEpisode: false,
    trend: 'same',
    massageAt: null,
    age: 38,
    pregnancyWeeks: null,
    symptoms: [],
    history: [],
    soughtCare: false,
    workAtDesk: false,
    sleepHours: 7,
  };
}
