import { describe, expect, it } from 'vitest';
import { clientAddressOf } from './client-address.ts';

const none = { trustProxy: false, proxyHops: 0, trustedProxies: [] };
const oneProxy = { trustProxy: true, proxyHops: 1, trustedProxies: [] };
const listed = { trustProxy: true, proxyHops: 1, trustedProxies: ['10.0.0.2', '10.0.0.3'] };

describe('clientAddressOf', () => {
  it('uses the TCP peer and ignores X-Forwarded-For without a trusted proxy', () => {
    expect(clientAddressOf('1.2.3.4', '::ffff:198.51.100.1', none)).toBe('198.51.100.1');
  });

  it('behind one proxy takes the hop it appended (rightmost), never the client-chosen leftmost', () => {
    // The client wrote "6.6.6.6"; our proxy appended the real address 203.0.113.5.
    expect(clientAddressOf('6.6.6.6, 203.0.113.5', '10.0.0.2', oneProxy)).toBe('203.0.113.5');
    expect(clientAddressOf('203.0.113.5', '10.0.0.2', oneProxy)).toBe('203.0.113.5');
    expect(clientAddressOf(undefined, '10.0.0.2', oneProxy)).toBe('10.0.0.2');
  });

  it('with a list of proxies takes the rightmost hop not among them, and the peer when it is not one', () => {
    expect(clientAddressOf('6.6.6.6, 203.0.113.5, 10.0.0.3', '10.0.0.2', listed)).toBe('203.0.113.5');
    expect(clientAddressOf('6.6.6.6', '192.0.2.77', listed)).toBe('192.0.2.77');
    expect(clientAddressOf('6.6.6.6, 203.0.113.5', undefined, listed)).toBe('203.0.113.5');
  });

  it('counts several hops from the right', () => {
    const two = { ...oneProxy, proxyHops: 2 };
    expect(clientAddressOf('6.6.6.6, 203.0.113.5, 10.0.0.9', '10.0.0.2', two)).toBe('203.0.113.5');
  });
});
