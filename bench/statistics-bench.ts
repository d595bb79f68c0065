/**
 * `npm run bench -- statistics`: the national picture at scale, on its own embedded PostgreSQL.
 *   - seeds BENCH_STATS_CASES synthetic cases (default 1,000,000) through the bulk writer, and
 *     reports cases/s and records/s;
 *   - every indicator with two breakdowns (region x sex where allowed, else its first two), each
 *     BENCH_STATS_RUNS times (default 20): p50/p95 against a plain count(*) over the same fact
 *     table in the same run, and the ratio;
 *   - the dashboard's first view: the catalogue plus the human-rights panel (five indicators, no
 *     breakdown) plus the first indicator by region, as the page asks for them;
 *   - `icj stats rebuild` over BENCH_STATS_REBUILD cases (default 50,000; the rest stay), records/s.
 * BENCH_STATS_DIR=<dir> keeps the seeded database there and reuses it on the next run.
 * PostgreSQL runs with shared_buffers = BENCH_STATS_SHARED_BUFFERS (default 4GB, a quarter of the
 * bench machine's memory, the usual sizing of a database server): the facts of a million cases
 * and their indexes (about 2 GB) then stay in PostgreSQL's buffers, where the kernel of this
 * virtual machine, which reclaims its page cache within minutes, would otherwise send every scan
 * to disk. The fact tables are vacuumed (as the owner) before measuring, as autovacuum keeps them.
 * Figures go to the README by hand, with the date and the machine.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../db/embedded-postgres';
import { createDb } from '../db/knex';
import { prepareDatabase } from '../db/prepare-database';
import { seedDemo } from '../db/seed-demo';
import { indicatorCatalogue } from '../statistics/indicators/catalogue';
import { runIndicator } from '../statistics/indicators/run-indicator';
import type { Dimension } from '../statistics/indicators/dimensions';
import { rebuildStatistics } from '../statistics/facts/facts-repo';
import { seedStatistics } from '../statistics/synthetic/seed-statistics';

const CASES = Number(process.env.BENCH_STATS_CASES ?? 1_000_000);
const RUNS = Number(process.env.BENCH_STATS_RUNS ?? 20);
const REBUILD = Number(process.env.BENCH_STATS_REBUILD ?? 50_000);
const SHARED_BUFFERS = process.env.BENCH_STATS_SHARED_BUFFERS ?? '4GB';
const THRESHOLD = 5;
const PANEL = ['detention-limit-met', 'held-past-limit', 'children-detained', 'custody-length-days', 'unsentenced-share'];

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

export async function statisticsBench(): Promise<void> {
  // BENCH_STATS_DIR keeps the seeded database for the next run (the seeding is most of the time).
  const kept = process.env.BENCH_STATS_DIR;
  const dir = kept ?? mkdtempSync(join(tmpdir(), 'icj-stats-bench-'));
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o755);
  const marker = join(dir, `seeded-${CASES}`);
  const pg = await startEmbeddedPostgres(join(dir, 'pg'), 54395, () => {}, { shared_buffers: SHARED_BUFFERS });
  try {
    await prepareDatabase(pg);
    const db = createDb(pg.url, 4);
    await seedDemo(db);
    const now = new Date('2026-12-01T06:00:00Z');
    const from = new Date('2025-01-01T00:00:00+06:00');
    if (existsSync(marker)) {
      console.log(`seed: reusing the ${CASES} cases seeded in ${dir} (shared_buffers ${SHARED_BUFFERS})`);
    } else {
      const seedStart = Date.now();
      const seeded = await seedStatistics(db, {
        cases: CASES, seed: 42, from, to: now, now, batch: 1000,
        onBatch: (done) => { if (done % 50_000 === 0 || done === CASES) process.stderr.write(`\rseeded ${done} / ${CASES} (${Math.round(done / ((Date.now() - seedStart) / 1000))} cases/s)`); },
      });
      process.stderr.write('\n');
      if (kept) writeFileSync(marker, new Date().toISOString());
      console.log(`seed: ${seeded.cases} cases, ${seeded.records} records in ${seeded.seconds.toFixed(0)} s: ${Math.round(seeded.cases / seeded.seconds)} cases/s, ${Math.round(seeded.records / seeded.seconds)} records/s`);
    }
    // The application's role may not vacuum; the owner does, as autovacuum would in service.
    const owner = createDb(pg.ownerUrl, 1);
    try {
      await owner.raw('vacuum analyze stat_cases, stat_persons, stat_deprivations, stat_deadlines, records');
    } finally {
      await owner.destroy();
    }
    // Warm PostgreSQL's buffers once, as a server in service has them.
    for (const t of ['stat_cases', 'stat_persons', 'stat_deprivations', 'stat_deadlines']) await db.raw(`select count(*) from ${t} where region is not null`);
    for (const t of ['stat_cases', 'stat_persons', 'stat_deprivations', 'stat_deadlines', 'records']) {
      console.log(`  ${t}: ${(await db(t).count('* as n').first())!.n} rows`);
    }

    const period = { from: new Date('2026-01-01T00:00:00+06:00'), to: new Date('2026-12-01T00:00:00+06:00') };
    const baseline = new Map<string, number[]>();
    const rows: string[] = [];
    console.log(`\nindicator (2 breakdowns, ${RUNS} runs)                 p50 ms   p95 ms   count(*) p95   ratio p95`);
    for (const entry of indicatorCatalogue) {
      const by = (['region', 'sex'].every((d) => entry.dimensions.includes(d as Dimension)) ? ['region', 'sex'] : entry.dimensions.slice(0, 2)) as Dimension[];
      const table = entry.spec.table;
      if (!baseline.has(table)) {
        const times: number[] = [];
        for (let i = 0; i < RUNS; i++) {
          const t0 = process.hrtime.bigint();
          await db(table).count('* as n');
          times.push(ms(t0));
        }
        baseline.set(table, times);
      }
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t0 = process.hrtime.bigint();
        await runIndicator(db, entry.spec, { ...period, by, filters: {}, region: null }, THRESHOLD);
        times.push(ms(t0));
      }
      const base = percentile(baseline.get(table)!, 95);
      const line = `${`${entry.id} by ${by.join(',')}`.padEnd(52)} ${percentile(times, 50).toFixed(0).padStart(7)} ${percentile(times, 95).toFixed(0).padStart(8)} ${base.toFixed(0).padStart(14)} ${(percentile(times, 95) / base).toFixed(2).padStart(11)}`;
      rows.push(line);
      console.log(line);
    }
    const first: number[] = [];
    for (let i = 0; i < Math.min(RUNS, 10); i++) {
      const t0 = process.hrtime.bigint();
      await Promise.all([
        ...PANEL.map((id) => runIndicator(db, indicatorCatalogue.find((e) => e.id === id)!.spec, { ...period, by: [], filters: {}, region: null }, THRESHOLD)),
        runIndicator(db, indicatorCatalogue[0]!.spec, { ...period, by: ['region'], filters: {}, region: null }, THRESHOLD),
      ]);
      first.push(ms(t0));
    }
    console.log(`\ndashboard first view (catalogue + 5 panel cards + first indicator by region, in parallel on 4 connections): p50 ${percentile(first, 50).toFixed(0)} ms, p95 ${percentile(first, 95).toFixed(0)} ms`);

    const rebuilt = await rebuildStatistics(db, { batch: 1000, limit: REBUILD });
    console.log(`rebuild: ${rebuilt.cases} cases, ${rebuilt.records} records in ${rebuilt.seconds.toFixed(1)} s: ${Math.round(rebuilt.records / rebuilt.seconds)} records/s (${Math.round(rebuilt.cases / rebuilt.seconds)} cases/s)`);
    await db.destroy();
  } finally {
    await pg.stop();
    if (!kept) rmSync(dir, { recursive: true, force: true });
  }
}
