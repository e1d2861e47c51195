/**
 * What the password policy costs: zxcvbn's dictionaries load on the first sign-up or password change, not
 * at start-up (password-policy.ts), so start-up pays nothing; this prints what that first use pays.
 * Run: node --import tsx bench/password-policy.bench.ts
 */
const rss0 = process.memoryUsage().rss;
const t0 = performance.now();
const { passwordChecker, passwordProblem } = await import('../src/server/auth/password-policy.ts');
const t1 = performance.now();
await passwordChecker();
const t2 = performance.now();
await passwordProblem('correct horse battery', ['ada@example.test']);
const t3 = performance.now();
const times: number[] = [];
for (const p of [
  'violet kettle harbour',
  'password123',
  'Tr0ub4dour&3x',
  'zx-98-kite-lamp',
  'unknot-demo-2026',
]) {
  const s = performance.now();
  await passwordProblem(p, ['ada@example.test', 'Ada Lovelace']);
  times.push(performance.now() - s);
}
console.log(
  JSON.stringify({
    importPolicyModuleMs: +(t1 - t0).toFixed(1),
    loadDictionariesMs: +(t2 - t1).toFixed(1),
    firstCheckMs: +(t3 - t2).toFixed(1),
    laterCheckMaxMs: +Math.max(...times).toFixed(1),
    rssGrowthMB: +((process.memoryUsage().rss - rss0) / 1e6).toFixed(1),
  }),
);

export {};
