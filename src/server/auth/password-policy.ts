import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

/** Passwords under this length are refused whatever their score (contract: at least 10 characters). */
export const MIN_PASSWORD_LENGTH = 10;

/** zxcvbn's scale is 0-4; 3 is "safely unguessable: moderate protection from offline slow-hash scenario". */
const MIN_SCORE = 3;

let checker: Promise<ZxcvbnFactory> | undefined;

/**
 * The zxcvbn checker with the common and English dictionaries, built on first use: loading them costs
 * about half a second and tens of MB, which start-up and the many processes that never see a sign-up
 * (tests, the CLI) should not pay. Call it once after listening to have it ready for the first sign-up.
 */
export function passwordChecker(): Promise<ZxcvbnFactory> {
  checker ??= (async () => {
    const [{ ZxcvbnFactory }, common, en] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-en'),
    ]);
    return new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...en.dictionary },
      graphs: common.adjacencyGraphs,
      translations: en.translations,
    });
  })();
  return checker;
}

/**
 * Why `password` is refused, or undefined when it is acceptable: shorter than 10 characters, or easy to
 * guess (a common or breached-looking password, a keyboard pattern, a date, the person's own name or
 * e-mail: `personal` holds those, so "ada.lovelace1" is refused for Ada).
 */
export async function passwordProblem(
  password: string,
  personal: readonly string[] = [],
): Promise<string | undefined> {
  if ([...password].length < MIN_PASSWORD_LENGTH) return `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  // zxcvbn's matching is superlinear in the length; past 100 characters a password is long enough.
  if (password.length > 100) return undefined;
  const zxcvbn = await passwordChecker();
  const inputs = personal.flatMap((p) => [p, ...p.split(/[\s@.+_-]+/)]).filter((p) => p.length >= 3);
  const result = zxcvbn.check(password, inputs);
  if (result.score >= MIN_SCORE) return undefined;
  const hint = result.feedback.warning ?? result.feedback.suggestions[0];
  return `is too easy to guess${hint ? ` (${hint.replace(/\.$/, '')})` : ''}: try a few unrelated words`;
}
