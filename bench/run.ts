/**
 * `npm run bench` runs every bench (except opt-in ones) one after the other; `npm run bench -- engine slots`
 * runs the ones named. Each prints a table with the target beside each figure and writes
 * bench/results/<name>.json. Nothing asserts on timing; the exit code is 0 unless a bench crashed.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { agendaBench } from './agenda.bench.ts';
import { bookingBench } from './booking.bench.ts';
import { bundleBench } from './bundle.bench.ts';
import { careLogBench } from './care-log.bench.ts';
import { engineBench } from './engine.bench.ts';
import { httpAssessBench } from './http-assess.bench.ts';
import { insightBench } from './insight.bench.ts';
import { NotReady } from './lib/app-server.ts';
import { type Bench, printTable, writeResult } from './lib/report.ts';
import { lighthouseBench } from './lighthouse.bench.ts';
import { remindersBench } from './reminders.bench.ts';
import { slotsBench } from './slots.bench.ts';
import { startupBench } from './startup.bench.ts';
import { timerDriftBench } from './timer-drift.bench.ts';

const BENCHES: Bench[] = [
  engineBench,
  slotsBench,
  httpAssessBench,
  startupBench,
  careLogBench,
  bookingBench,
  bundleBench,
  lighthouseBench,
  timerDriftBench,
  remindersBench,
  insightBench,
  agendaBench,
];

function select(args: readonly string[]): Bench[] {
  const names = args.filter((a) => !a.startsWith('-'));
  if (names.length === 0) return BENCHES.filter((b) => !b.optIn);
  const unknown = names.filter((n) => !BENCHES.some((b) => b.name === n));
  if (unknown.length > 0) {
    console.error(
      `unknown bench: ${unknown.join(', ')}. Choose from: ${BENCHES.map((b) => b.name).join(', ')}`,
    );
    process.exit(2);
  }
  return BENCHES.filter((b) => names.includes(b.name));
}

async function main(): Promise<void> {
  const chosen = select(process.argv.slice(2));
  const machine = {
    node: process.version,
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
    memoryGB: Math.round(totalmem() / 1024 ** 3),
    at: new Date().toISOString(),
  };
  console.log(`Unknot benches on ${machine.cpus}, ${machine.memoryGB} GB, Node ${machine.node}`);
  const summary: { name: string; status: string }[] = [];
  const busy = (): string => {
    const load = loadavg()[0] ?? 0;
    return load > cpus().length
      ? ` (load average ${load.toFixed(1)} on ${cpus().length} CPUs: figures are disturbed)`
      : '';
  };
  let crashed = false;
  for (const bench of chosen) {
    const started = Date.now();
    const loadBefore = loadavg()[0] ?? 0;
    try {
      const result = await bench.run();
      const warn = busy();
      if (warn) result.notes = [...(result.notes ?? []), `machine busy${warn}`];
      printTable(bench.title, result.rows, result.notes);
      const path = writeResult(bench.name, result, {
        machine,
        loadAverage: { before: loadBefore, after: loadavg()[0] ?? 0 },
        seconds: (Date.now() - started) / 1000,
      });
      const misses = result.rows.filter((r) => r.verdict === 'MISS').length;
      summary.push({ name: bench.name, status: misses ? `${misses} target(s) missed` : 'ok' });
      console.log(
        `  → ${path.replace(`${process.cwd()}/`, '')} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
      );
    } catch (e) {
      const notReady = e instanceof NotReady;
      const message = e instanceof Error ? e.message : String(e);
      console.log(`\n== ${bench.title}\n  ${notReady ? 'NOT READY' : 'FAILED'}: ${message}`);
      if (!notReady && e instanceof Error && e.stack) console.log(e.stack.split('\n').slice(1, 6).join('\n'));
      summary.push({
        name: bench.name,
        status: notReady ? `not ready: ${message}` : `failed: ${message.split('\n')[0]}`,
      });
      crashed ||= !notReady;
    }
  }
  console.log('\n== Summary');
  for (const s of summary) console.log(`${s.name.padEnd(12)} ${s.status}`);
  process.exitCode = crashed ? 1 : 0;
}

await main();
