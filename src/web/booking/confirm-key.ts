/**
 * One Idempotency-Key per confirm attempt (contract: a retry with the same key returns the first answer and
 * creates nothing new). The key is made when the person first presses Confirm for a request and reused for
 * every retry of that same request (lost answer, offline, server hiccup); a changed request gets a new key.
 */

/** The request last sent and the key it was sent with. */
export interface KeyMemo {
  readonly body: string;
  readonly key: string;
}

/** The key for sending `body`: the remembered one when the body is unchanged, else a fresh one. */
export function keyFor(memo: KeyMemo | null, body: unknown, makeKey: () => string): KeyMemo {
  const text = JSON.stringify(body);
  return memo !== null && memo.body === text ? memo : { body: text, key: makeKey() };
}
