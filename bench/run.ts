/**
 * `npm run bench`: end-to-end step recording against two baselines measured in the same run on
 * the same engines, so the printed ratios survive a noisy machine:
 *   - raw PostgreSQL insert of the same record (one autocommit INSERT of the jsonb),
 *   - a bare Temporal update (a workflow whose handler only returns),
 *   - the system: HTTP POST /api/tasks/:id/complete -> validation -> workflow update ->
 *     recordStep activity (schema check, hash chain, task row) -> commit -> answer.
 * BENCH_STEPS and BENCH_CONCURRENCY size it (defaults 400 and 16); the series are in
 * bench/step-series.ts, shared with the cluster run. The other modes are at the end of this file.
 */
import { mkdtempSync, chmodSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { loadConfig } from '../config';
import { startEmbeddedPostgres } from '../db/embedded-postgres';
import { createDb } from '../db/knex';
import { prepareDatabase } from '../db/prepare-database';
import { seedDemo } from '../db/seed-demo';
import { deployShippedProcedures } from '../domain/procedures';
import { resolveTemporalCli } from '../temporal/engines';
import { startDevServer } from '../temporal/dev-server';
import { startInProcessSystem } from '../system/in-process-system';
import type { Series } from './measure';
import { bareUpdate, CONCURRENCY, rawInsert, seriesTable, stepRatios, stepSeries, STEPS } from './step-series';
import { statisticsBench } from './statistics-bench';
import { clusterBench } from './cluster-bench';
import { queriesBench } from './queries-bench';

const env = loadConfig(process.env);

async function main(): Promise<void> {
  Runtime.install({ logger: new DefaultLogger('ERROR') });
  const dir = mkdtempSync(join(tmpdir(), 'icj-bench-'));
  chmodSync(dir, 0o755);
  const pg = await startEmbeddedPostgres(join(dir, 'pg'), 54391);
  const cli = resolveTemporalCli(env.temporalCli, env.engineCacheDir);
  if (!cli) throw new Error('No Temporal CLI; run npm run engines');
  const temporal = await startDevServer({ cli, port: 54392, uiPort: null, dbFile: null, namespace: 'default' });
  const db = createDb(pg.url, 20);
  try {
    await prepareDatabase(pg);
    await seedDemo(db);
    await deployShippedProcedures(db);
    const results: Series[] = [];
    // The baseline's own table: the application role may not create tables (db/least-privilege.ts).
    const owner = createDb(pg.ownerUrl, 20);
    try {
      results.push(await rawInsert(owner));
    } finally {
      await owner.destroy();
    }
    results.push(await bareUpdate(temporal.address));
    results.push(await endToEnd(db, pg.url, temporal.address));
    report(results);
  } finally {
    await db.destroy();
    await temporal.stop();
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function endToEnd(db: ReturnType<typeof createDb>, databaseUrl: string, address: string): Promise<Series> {
  const config = { ...loadConfig({ NODE_ENV: 'test', PORT: '0', DATABASE_URL: databaseUrl, TEMPORAL_ADDRESS: address, LOG_LEVEL: 'error' }), temporalAddress: address };
  const log = Object.assign(() => {}, { error: () => {} });
  const system = await startInProcessSystem(config, db, log);
  try {
    return await stepSeries(system.url, db);
  } finally {
    await system.stop();
  }
}

function report(results: Series[]): void {
  const [raw, bare, e2e] = results as [Series, Series, Series];
  const lines = [
    `ICJIMS bench: ${STEPS} steps, ${CONCURRENCY} concurrent, ${new Date().toISOString()}`,
    ...seriesTable(results),
    '',
    ...stepRatios(e2e, bare, raw),
    `process RSS: ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

// `npm run bench` runs the step benchmark on the dev server; `-- cluster` the production topology
// (bench/cluster-bench.ts: steps, history events, deadline bursts, the Flowable peer); `-- queries`
// the work lists at a million tasks (bench/queries-bench.ts); `-- statistics` the national picture
// at scale (bench/statistics-bench.ts); `-- all` every one of them.
const modes: Record<string, Array<() => Promise<void>>> = {
  steps: [main], cluster: [clusterBench], queries: [queriesBench], statistics: [statisticsBench],
  all: [main, clusterBench, queriesBench, statisticsBench],
};
const which = process.argv[2] ?? 'steps';
const runs = modes[which.replace(/^--/, '')];
if (!runs) {
  process.stderr.write(`unknown bench ${which}: one of ${Object.keys(modes).join(', ')}\n`);
  process.exit(2);
}
(async () => {
  for (const run of runs) await run();
})().then(() => process.exit(0), (e) => {
  process.stderr.write(`${(e as Error)?.stack ?? e}\n`);
  process.exit(1);
});
