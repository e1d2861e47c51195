/**
 * Reminders, which are only worth anything if they arrive on time: dispatch lag (due → push request received by a
 * push service on loopback) with 1,000 reminders falling due over one minute, p99 target < 2 s, on PGlite and
 * PostgreSQL; then, with 100,000 reminders scheduled in the future, the dispatcher's idle cost (CPU of this
 * process, which for PGlite includes the database, and queries per second) and the plan of its claim query.
 */
import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';
import { type Kysely, sql } from 'kysely';
import { makeScratch, removeScratch } from '../e2e/support/scratch.ts';
import { openPglite, openPostgres } from '../src/server/db/database.ts';
import { migrateToLatest } from '../src/server/db/migrate.ts';
import type { DB } from '../src/server/db/schema.ts';
import { TestPushService } from '../src/server/push/test-push-service.ts';
import { createDispatcher } from '../src/server/reminders/reminders.module.ts';
import { startPostgres } from './lib/postgres.ts';
import { type Bench, info, type Row, row } from './lib/report.ts';
import { fmt, percentile } from './lib/stats.ts';

const USERS = 50;
const DUE = 1000;
const SCHEDULED = 100_000;
const IDLE_MS = 10_000;

/** Counts the statements a Kysely instance runs. */
class QueryCounter implements KyselyPlugin {
  count = 0;
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    this.count++;
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

interface Figures {
  backend: string;
  lagP50: number;
  lagP99: number;
  lagMax: number;
  sent: number;
  idleCpuPct: number;
  idleQps: number;
  plan: string;
}

async function measure(backend: string, db: Kysely<DB>): Promise<Figures> {
  const push = new TestPushService();
  const origin = await push.listen();
  const env = { UNKNOT_PUSH_TEST_ENDPOINTS: `${origin}/`, UNKNOT_PUSH_TEST_CA: push.cert.cert };
  try {
    // People, each with a browser subscribed and follow-ups on (the defaults), no quiet hours.
    const users: string[] = [];
    for (let i = 0; i < USERS; i++) {
      const id = crypto.randomUUID();
      users.push(id);
      await db
        .insertInto('users')
        .values({ id, email: `${id}@bench.test`, password_hash: 'x', name: 'B', role: 'client' })
        .execute();
      await db
        .insertInto('reminder_settings')
        .values({
          user_id: id,
          settings: JSON.stringify({
            timeZone: 'UTC',
            quietHours: null,
            nextDose: false,
            followUps: true,
            visits: true,
            bedtime: null,
            stretchBreaks: null,
          }),
        })
        .execute();
      const sub = push.subscription(`u${i}`);
      await db
        .insertInto('push_subscriptions')
        .values({ user_id: id, endpoint: sub.endpoint, ...sub.keys })
        .execute();
    }
    // 100,000 reminders due over the next 30 days: the backlog an idle dispatcher must not pay for.
    await sql`insert into reminders (user_id, kind, dedupe_key, due_at, run_at, expires_at, payload)
      select ${users[0]}::uuid, 'followUp', 'later-' || g, now() + interval '1 hour' + g * interval '25 seconds',
        now() + interval '1 hour' + g * interval '25 seconds', null, '{"title":"t","body":"b","url":"/","action":"Open"}'::jsonb
      from generate_series(1, ${SCHEDULED}) g`.execute(db);
    await sql`analyze reminders`.execute(db);

    // 1,000 due over the next minute, spread evenly.
    const start = Date.now() + 2_000;
    const dueAt = new Map<string, number>();
    await db
      .insertInto('reminders')
      .values(
        Array.from({ length: DUE }, (_, i) => {
          const due = start + Math.floor((i * 60_000) / DUE);
          dueAt.set(`due-${i}`, due);
          return {
            user_id: users[i % USERS] ?? '',
            kind: 'followUp' as const,
            dedupe_key: `due-${i}`,
            due_at: new Date(due),
            run_at: new Date(due),
            expires_at: new Date(due + 3_600_000),
            payload: JSON.stringify({
              title: 'Follow-up',
              body: 'b',
              url: '/#/checkin',
              action: 'Start check-in',
            }),
          };
        }),
      )
      .execute();
    const ids = new Map<string, number>();
    for (const r of await db
      .selectFrom('reminders')
      .select(['id', 'dedupe_key'])
      .where('dedupe_key', 'like', 'due-%')
      .execute()) {
      ids.set(String(r.id), dueAt.get(r.dedupe_key) ?? 0);
    }
    const lags: number[] = [];
    const dispatcher = createDispatcher(db, () => new Date(), env, {
      onPushed: (r, at) => lags.push(at.getTime() - (ids.get(String(r.id)) ?? at.getTime())),
    });
    dispatcher.start();
    const deadline = Date.now() + 180_000;
    while (lags.length < DUE && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));

    // Idle: nothing due for an hour; the dispatcher keeps polling.
    const counter = new QueryCounter();
    dispatcher.stop();
    const idle = createDispatcher(db.withPlugin(counter), () => new Date(), env);
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    idle.start();
    await new Promise((r) => setTimeout(r, IDLE_MS));
    idle.stop();
    const elapsed = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const now = new Date().toISOString();
    const plan = await db.transaction().execute(async (tx) => {
      const r = await sql<{ 'QUERY PLAN': string }>`explain (analyze, buffers, costs off)
        update reminders set locked_until = ${now}, attempts = attempts + 1 where id in (
          select id from reminders where status = 'scheduled' and run_at <= ${now}
            and (locked_until is null or locked_until <= ${now})
          order by run_at limit 100 for update skip locked)`.execute(tx);
      return r.rows.map((x) => x['QUERY PLAN']).join('\n');
    });
    return {
      backend,
      lagP50: percentile(lags, 50),
      lagP99: percentile(lags, 99),
      lagMax: Math.max(...lags),
      sent: lags.length,
      idleCpuPct: ((cpu.user + cpu.system) / 1000 / elapsed) * 100,
      idleQps: (counter.count / elapsed) * 1000,
      plan,
    };
  } finally {
    await push.close();
  }
}

function rows(f: Figures): Row[] {
  return [
    row(`${f.backend}: dispatch lag p99 (1,000 due in a minute)`, f.lagP99, `${fmt(f.lagP99)} ms`, {
      max: 2000,
      target: '< 2,000 ms',
    }),
    info(`${f.backend}: dispatch lag p50 / max`, `${fmt(f.lagP50)} / ${fmt(f.lagMax)} ms`),
    row(`${f.backend}: reminders pushed`, f.sent, fmt(f.sent), { min: DUE, target: `${DUE}` }),
    info(
      `${f.backend}: idle CPU with 100,000 scheduled`,
      `${f.idleCpuPct.toFixed(2)} % of a core`,
      f.idleCpuPct,
    ),
    info(`${f.backend}: idle queries/s`, f.idleQps.toFixed(2), f.idleQps),
  ];
}

export const remindersBench: Bench = {
  name: 'reminders',
  title: 'Reminders: dispatch lag at 1,000 due a minute; idle cost and claim plan with 100,000 scheduled',
  async run() {
    const all: Figures[] = [];
    const dir = makeScratch('unknot-bench-reminders-');
    try {
      const lite = await openPglite(dir);
      await migrateToLatest(lite.db);
      all.push(await measure('PGlite', lite.db));
      await lite.close();
    } finally {
      removeScratch(dir);
    }
    const pgServer = await startPostgres();
    try {
      const pgDb = openPostgres(await pgServer.freshDatabase('unknot_bench_reminders'), { max: 10 });
      await migrateToLatest(pgDb.db);
      all.push(await measure('PostgreSQL', pgDb.db));
      await pgDb.close();
    } finally {
      await pgServer.stop();
    }
    return {
      rows: all.flatMap(rows),
      details: all,
      notes: all.map((f) => `${f.backend} claim plan (idle, 100,000 scheduled):\n${f.plan}`),
    };
  },
};
