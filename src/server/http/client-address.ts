import type { Context } from 'hono';
import type { AppConfig } from '../config.ts';

type ProxyConfig = Pick<AppConfig, 'trustProxy' | 'proxyHops' | 'trustedProxies'>;

/** `::ffff:10.0.0.1` and `10.0.0.1` are one address. */
function normalise(address: string): string {
  const a = address.trim().toLowerCase();
  return a.startsWith('::ffff:') && a.includes('.') ? a.slice(7) : a;
}

/** The entries of a comma-separated forwarded header (every instance of it), left to right. */
function entries(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map(normalise)
    .filter((e) => e !== '');
}

/**
 * The client's address for limits. Without a trusted proxy it is the TCP peer. Behind one, each proxy
 * appends the address it received the request from to X-Forwarded-For, so the chain reads
 * `<whatever the client wrote>, <client>, <proxy 1>…` and the peer is the last proxy. The client is
 * therefore counted from the RIGHT: the first hop that is not one of our proxies (the configured list),
 * or the hop `proxyHops` from the right. The leftmost entries are the client's own words: a guesser who
 * varied them got a fresh limit per request.
 */
export function clientAddressOf(
  forwardedFor: string | undefined,
  peer: string | undefined,
  config: ProxyConfig,
): string {
  const peerAddress = peer === undefined ? undefined : normalise(peer);
  if (!config.trustProxy) return peerAddress ?? 'unknown';
  const chain = [...entries(forwardedFor), peerAddress ?? 'unknown'];
  if (config.trustedProxies.length > 0) {
    const trusted = new Set(config.trustedProxies.map(normalise));
    // Under app.request() (tests) there is no peer: it stands for the proxy.
    if (peerAddress !== undefined && !trusted.has(peerAddress)) return peerAddress;
    let i = chain.length - 1;
    while (i > 0 && (trusted.has(chain[i] ?? '') || (i === chain.length - 1 && peerAddress === undefined)))
      i--;
    return chain[i] ?? 'unknown';
  }
  const hops = Math.max(1, config.proxyHops);
  return chain[Math.max(0, chain.length - 1 - hops)] ?? 'unknown';
}

/** The last value of a forwarded header our proxy sets (X-Forwarded-Proto / -Host): the proxy's own. */
export function lastForwarded(c: Context, name: string): string | undefined {
  const list = entries(c.req.header(name));
  return list[list.length - 1];
}
