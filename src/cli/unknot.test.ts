import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '../domain/contract/assessment.ts';

const BIN = fileURLToPath(new URL('../../bin/unknot.mjs', import.meta.url));

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real bin as a person would, feeding `input` on stdin. */
function unknot(args: string[], input = ''): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

const CALM = {
  at: '2026-11-26T09:00:00Z',
  painScore: 5,
  area: 'lower',
  onsetAt: '2026-11-25T09:00:00Z',
  age: 40,
  log: { ibuprofen: [{ at: '2026-11-26T07:00:00Z', mg: 400 }] },
};

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'unknot-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

// Each test starts real Node processes through tsx, which can take seconds on a busy machine.
describe('unknot CLI', { timeout: 90_000 }, () => {
  it('prints help with --help', async () => {
    const r = await unknot(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/unknot assess \[file\|-\]/);
  });

  it('assesses a check-in from a file as JSON', async () => {
    const file = join(dir, 'calm.json');
    await writeFile(file, JSON.stringify(CALM));
    const r = await unknot(['assess', file]);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout) as Assessment;
    expect(a.triage.level).toBe('self_care');
    const ibuprofen = a.plan?.items.find((i) => i.remedy === 'ibuprofen');
    // IB-DOSE: the 07:00 dose means the next one is due at 11:00.
    expect(ibuprofen?.availableAt).toBe('2026-11-26T11:00:00Z');
  });

  it('assesses an array from stdin with "-", answering an array', async () => {
    const urgent = { ...CALM, symptoms: ['fever'] };
    const r = await unknot(['assess', '-'], JSON.stringify([CALM, urgent]));
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as Assessment[];
    expect(list.map((a) => a.triage.level)).toEqual(['self_care', 'urgent']);
    expect(list[1]?.plan).toBeNull();
  });

  it('fills a missing `at` from --at', async () => {
    const { at: _omit, ...noAt } = CALM;
    const r = await unknot(['assess', '--at', '2026-11-27T10:00:00Z'], JSON.stringify(noAt));
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Assessment).plan?.phase).toBe('subacute');
  });

  it('exits 2 with field paths on invalid check-ins', async () => {
    const bad = [CALM, { ...CALM, painScore: 11, age: 15, symptoms: ['hiccups'] }];
    const r = await unknot(['assess'], JSON.stringify(bad));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/\[1\]\.painScore: /);
    expect(r.stderr).toMatch(/\[1\]\.age: .*16/);
    expect(r.stderr).toMatch(/\[1\]\.symptoms\[0\]: /);
    expect(r.stderr).not.toMatch(/\[0\]\./);
  });

  it('exits 2 on invalid JSON, a missing file and an unknown command', async () => {
    const [json, missing, unknown] = await Promise.all([
      unknot(['assess'], '{ not json'),
      unknot(['assess', join(dir, 'nope.json')]),
      unknot(['frobnicate']),
    ]);
    expect(json.code).toBe(2);
    expect(json.stderr).toMatch(/not valid JSON/);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/No such file/);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/--help/);
  });

  it('prints red flags first and prominently with --text, then the plan', async () => {
    const r = await unknot(
      ['assess', '--text'],
      JSON.stringify({ ...CALM, symptoms: ['fever'], soughtCare: true }),
    );
    expect(r.code).toBe(0);
    const banner = r.stdout.indexOf('URGENT');
    const plan = r.stdout.indexOf("TODAY'S PLAN");
    expect(banner).toBeGreaterThan(-1);
    expect(plan).toBeGreaterThan(banner);
    expect(r.stdout).toMatch(/Ibuprofen, if you need it {2}\[from 2026-11-26T11:00:00Z \(in 2 h\)\]/);
  });

  it('says no plan is shown at emergency with --text', async () => {
    const r = await unknot(['assess', '--text'], JSON.stringify({ ...CALM, symptoms: ['saddle_numbness'] }));
    expect(r.stdout).toMatch(/EMERGENCY/);
    expect(r.stdout).toMatch(/No home plan/);
    expect(r.stdout).not.toMatch(/TODAY'S PLAN/);
  });
});
