import { expect, test } from 'vitest';
import { match } from './router.ts';

const routes = { checkin: '/checkin', session: '/session/:kind', home: '/' };

test('matches static and parameter routes', () => {
  expect(match('/checkin', routes)).toEqual({ name: 'checkin', params: {} });
  expect(match('/session/cold', routes)).toEqual({ name: 'session', params: { kind: 'cold' } });
  expect(match('/', routes)).toEqual({ name: 'home', params: {} });
});

test('returns null for unknown paths', () => {
  expect(match('/nope', routes)).toBeNull();
  expect(match('/session', routes)).toBeNull();
});
