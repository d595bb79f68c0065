/**
 * `npm run bench -- queries`: the inbox, the escalation board and the deadline list at scale, on
 * an embedded PostgreSQL of their own, against a primary-key lookup of one task row measured in
 * the same run (`select * from tasks where id = ?`), so the ratios survive a noisy machine.
 *   - population generated in SQL (bench/work-list-population.ts): BENCH_QUERIES_CASES cases
 *     (default 100,000) over the demo country's four investigative units and BENCH_QUERIES_UNITS
 *     synthetic ones (default 96) in the same regions, BENCH_QUERIES_TASKS tasks (default
 *     1,000,000; a few percent open), BENCH_QUERIES_DEADLINES running limits (default 100,000)
 *     beside the met, expired and cancelled ones, and their escalations; personal columns sealed;
 *     then vacuum analyze as the owner, as autovacuum keeps the tables in service;
 *   - each series is the domain function the API route calls, as the demo user: GET /api/tasks is
 *     inboxTasks, GET /api/escalations (the board page's first view, no filter) escalationBoard,
 *     GET /api/deadlines deadlineList. Each includes its access-log write (domain/access-log.ts:
 *     the check of the last five minutes' reads, and the insert when the list shows persons not
 *     logged then: on the first call, in the warm-up);
 *   - BENCH_QUERIES_WARMUP rounds (default 20), then BENCH_QUERIES_RUNS (default 200), each round
 *     one call of every series in turn, so a noisy moment touches all; p50/p95/p99, the ratio of
 *     each p95 to the lookup's, PASS/FAIL against p95 < BENCH_QUERIES_TARGET_MS (default 20).
 * BENCH_QUERIES_DIR=<dir> keeps the populated database there and reuses it (the population ages:
 * it was generated relative to its own day). PostgreSQL runs with shared_buffers =
 * BENCH_QUERIES_SHARED_BUFFERS (default 1GB: the database, about 600 MB, fits).
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { Client } from '@temporalio/client';
import { startEmbeddedPostgres } from '../db/embedded-postgres';
import { createDb } from '../db/knex';
import { prepareDatabase } from '../db/prepare-database';
import { seedDemo } from '../db/seed-demo';
import { deployShippedProcedures } from '../domain/procedures';
import { findSessionUser } from '../domain/authenticate';
import type { DomainDeps, SessionUser } from '../domain/deps';
import { inboxTasks } from '../domain/task-queries';
import { escalationBoard } from '../domain/escalations';
import { deadlineList } from '../domain/deadline-queries';
import { percentile } from './measure';
import { workListOrganisation } from './work-list-organisation';
import { populateWorkLists } from './work-list-population';
import { sealWorkLists } from './work-list-sealing';

const CASES = Number(process.env.BENCH_QUERIES_CASES ?? 100_000);
const TASKS = Number(process.env.BENCH_QUERIES_TASKS ?? 1_000_000);
const DEADLINES = Number(process.env.BENCH_QUERIES_DEADLINES ?? 100_000);
const UNITS = Number(process.env.BENCH_QUERIES_UNITS ?? 96);
const WARMUP = Number(process.env.BENCH_QUERIES_WARMUP ?? 20);
const RUNS = Number(process.env.BENCH_QUERIES_RUNS ?? 200);
const TARGET_MS = Number(process.env.BENCH_QUERIES_TARGET_MS ?? 20);
const SHARED_BUFFERS = process.env.BENCH_QUERIES_SHARED_BUFFERS ?? '1GB';
const INVESTIGATORS_PER_UNIT = 4;
const PORT = 54393;
const WORK_TABLES = ['cases', 'persons', 'data_keys', 'tasks', 'deadlines', 'escalations', 'units', 'unit_relations', 'users', 'access_log'];

interface Measured { name: string; rows: number; times: number[] }

export async function queriesBench(): Promise<void> {
  const kept = process.env.BENCH_QUERIES_DIR;
  const dir = kept ?? mkdtempSync(join(tmpdir(), 'icj-queries-bench-'));
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o755);
  const marker = join(dir, `populated-${CASES}-${TASKS}-${DEADLINES}-${UNITS}`);
  const pg = await startEmbeddedPostgres(join(dir, 'pg'), PORT, () => {}, { shared_buffers: SHARED_BUFFERS });
  const db = createDb(pg.url, 4);
  // The list functions never reach Temporal; a lazy client never connects.
  const temporal = new Client();
  try {
    await prepareDatabase(pg);
    await seedDemo(db);
    await deployShippedProcedures(db);
    const owner = createDb(pg.ownerUrl, 1);
    try {
      if (existsSync(marker)) {
        console.log(`population: reusing the one in ${dir}`);
      } else {
        await populate(owner);
        if (kept) writeFileSync(marker, new Date().toISOString());
      }
      // The application's role may not vacuum; the owner does, as autovacuum would in service.
      await owner.raw(`vacuum analyze ${WORK_TABLES.join(', ')}`);
    } finally {
      await owner.destroy();
    }
    await describePopulation(db);

    const deps: DomainDeps = { db, temporal, taskQueue: 'bench-queries', clock: () => new Date(), clockSkewMs: 300_000 };
    const user = async (username: string) => {
      const u = await findSessionUser(db, { username });
      if (!u) throw new Error(`no demo user ${username}`);
      return u;
    };
    const [officer1, supervisor1, prosecutor1, prosecutor2] = await Promise.all(['officer1', 'supervisor1', 'prosecutor1', 'prosecutor2'].map(user));
    const ids: string[] = (await db.raw('select id from tasks tablesample system (1) limit 1000')).rows.map((r: { id: string }) => r.id);
    const series: Array<{ name: string; run: (i: number) => Promise<number> }> = [
      { name: 'baseline: select * from tasks where id = ?', run: async (i) => (await db.raw('select * from tasks where id = ?', [ids[i % ids.length]])).rows.length },
      { name: 'inbox, investigator (officer1)', run: async () => (await inboxTasks(deps, officer1)).items.length },
      { name: 'inbox, head of unit (supervisor1)', run: async () => (await inboxTasks(deps, supervisor1)).items.length },
      { name: 'board, head of unit (supervisor1)', run: async () => (await escalationBoard(deps, supervisor1, {})).items.length },
      { name: 'board, district prosecutor (prosecutor1)', run: async () => (await escalationBoard(deps, prosecutor1, {})).items.length },
      { name: 'board, city prosecutor (prosecutor2)', run: async () => (await escalationBoard(deps, prosecutor2, {})).items.length },
      { name: 'board ?size=500, city prosecutor (prosecutor2)', run: async () => (await escalationBoard(deps, prosecutor2, { size: 500 })).items.length },
      { name: 'board ?status=open, district prosecutor (prosecutor1)', run: async () => (await escalationBoard(deps, prosecutor1, { status: 'open' })).items.length },
      { name: 'deadlines, investigator (officer1)', run: async () => (await deadlineList(deps, officer1)).items.length },
      { name: 'deadlines, district prosecutor (prosecutor1)', run: async () => (await deadlineList(deps, prosecutor1)).items.length },
    ];
    const load = loadavg()[0]!;
    const results = await measure(series);
    report(results, [officer1, supervisor1, prosecutor1, prosecutor2], [load, loadavg()[0]!]);
  } finally {
    await temporal.connection.close().catch(() => {});
    await db.destroy();
    await pg.stop();
    if (!kept) rmSync(dir, { recursive: true, force: true });
  }
}

async function populate(owner: Knex): Promise<void> {
  const started = Date.now();
  const step = async <T>(what: string, f: () => Promise<T>) => {
    const t0 = Date.now();
    const out = await f();
    process.stderr.write(`  ${what}: ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
    return out;
  };
  // One transaction: a population that fails half-way leaves nothing to trip the next run.
  await owner.transaction(async (trx) => {
    const units = await step('organisation', () => workListOrganisation(trx, UNITS, INVESTIGATORS_PER_UNIT));
    await step('cases, persons, keys, deadlines, tasks, escalations (SQL)', () =>
      populateWorkLists(trx, units, { cases: CASES, tasks: TASKS, runningDeadlines: DEADLINES }, new Date()));
    await step('sealing the personal columns', () => sealWorkLists(trx));
  });
  // The sealing rewrote persons, cases and escalations once: compact them, as a table written once is.
  await owner.raw('vacuum full persons, cases, escalations');
  console.log(`population: generated in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

async function describePopulation(db: Knex): Promise<void> {
  const count = async (sql: string) => (await db.raw(sql)).rows.map((r: { k: string; n: number }) => `${r.k} ${r.n}`).join(', ');
  console.log(`  cases: ${await count(`select status as k, count(*) as n from cases group by 1 order by 1`)}; investigative units ${(await db('units').where({ kind: 'investigative-unit' }).count('* as n').first())!.n}`);
  console.log(`  tasks: ${await count(`select status as k, count(*) as n from tasks group by 1 order by 1`)}`);
  console.log(`  deadlines: ${await count(`select status as k, count(*) as n from deadlines group by 1 order by 1`)}`);
  console.log(`  escalations: ${await count(`select status || '/' || severity as k, count(*) as n from escalations group by 1 order by 1`)}`);
  console.log(`  persons ${(await db('persons').count('* as n').first())!.n}, data keys ${(await db('data_keys').count('* as n').first())!.n}`);
}

async function measure(series: Array<{ name: string; run: (i: number) => Promise<number> }>): Promise<Measured[]> {
  const out: Measured[] = series.map((s) => ({ name: s.name, rows: 0, times: [] }));
  for (let round = 0; round < WARMUP + RUNS; round++) {
    for (const [k, s] of series.entries()) {
      const t0 = process.hrtime.bigint();
      const rows = await s.run(round);
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (round >= WARMUP) out[k]!.times.push(ms);
      out[k]!.rows = rows;
    }
  }
  for (const m of out) m.times.sort((a, b) => a - b);
  return out;
}

function report(results: Measured[], users: SessionUser[], load: [number, number]): void {
  const base = percentile(results[0]!.times, 0.95);
  const lines = [
    `ICJIMS queries bench: ${CASES} cases, ${TASKS} tasks, ${DEADLINES} running deadlines, ${UNITS + 4} investigative units; ${RUNS} runs after ${WARMUP} warm-up, ${new Date().toISOString()}`,
    `users: ${users.map((u) => `${u.username} (${u.role}, ${u.unitCode})`).join(', ')}`,
    '',
    `| series | rows | p50 ms | p95 ms | p99 ms | p95 / PK p95 | p95 < ${TARGET_MS} ms |`,
    '|---|---:|---:|---:|---:|---:|---|',
    ...results.map((m, i) => {
      const p95 = percentile(m.times, 0.95);
      return `| ${m.name} | ${m.rows} | ${percentile(m.times, 0.5).toFixed(2)} | ${p95.toFixed(2)} | ${percentile(m.times, 0.99).toFixed(2)} | ${i === 0 ? '1.0' : (p95 / base).toFixed(1)} | ${p95 < TARGET_MS ? 'PASS' : 'FAIL'} |`;
    }),
    '',
    'rows: items the last call returned (the board shows 100 unless asked for up to 500; the other lists stop at 500).',
    `load average (1 min) when the measured rounds began and ended: ${load[0].toFixed(1)}, ${load[1].toFixed(1)} on ${availableParallelism()} cores (the machine is shared)`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
