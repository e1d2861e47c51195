/**
 * Push endpoints we will POST to: https on the known browser push services only (contract v2). Anything else is
 * refused, which also keeps the server from being used to send requests to arbitrary hosts (SSRF). Tests add
 * prefixes through UNKNOT_PUSH_TEST_ENDPOINTS (a comma list, e.g. `https://127.0.0.1:`).
 */
const KNOWN_HOSTS: readonly RegExp[] = [
  /^fcm\.googleapis\.com$/, // Chrome, Edge on Android, most Chromium browsers
  /^(?:[a-z0-9-]+\.)*push\.services\.mozilla\.com$/, // Firefox (autopush)
  /^(?:[a-z0-9-]+\.)*push\.apple\.com$/, // Safari, iOS Home Screen apps
  /^(?:[a-z0-9-]+\.)*notify\.windows\.com$/, // Edge on Windows (WNS)
];

/** The test prefixes from the environment. */
export function testEndpointPrefixes(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.UNKNOT_PUSH_TEST_ENDPOINTS ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** Whether an endpoint is one of the test prefixes. */
export function isTestEndpoint(endpoint: string, prefixes: readonly string[]): boolean {
  return prefixes.some((p) => endpoint.startsWith(p));
}

/** Null when allowed, else why not (for the 400's issue). */
export function endpointProblem(endpoint: string, testPrefixes: readonly string[]): string | null {
  if (isTestEndpoint(endpoint, testPrefixes)) return null;
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return 'must be a URL';
  }
  if (url.protocol !== 'https:') return 'must use https';
  if (url.username || url.password || (url.port !== '' && url.port !== '443'))
    return 'must be a push service URL';
  if (!KNOWN_HOSTS.some((h) => h.test(url.hostname))) return 'must be a known push service';
  return null;
}
