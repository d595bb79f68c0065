/**
 * `npm run bench -- cluster`: the production topology (cluster/: PostgreSQL, two Temporal server
 * nodes, HAProxy, two workers, two API processes), started on its own data and ports
 * (BENCH_CLUSTER_BASE_PORT, default 7800), and measured in one run:
 *   - the step series of bench/step-series.ts through the load balancer, against a bare update
 *     on the same cluster (a worker in this process), with their ratios;
 *   - the history events one step writes against one bare update (bench/history-events.ts);
 *   - the Flowable 7 peer (bench/flowable-peer.ts) on the same PostgreSQL: the same user task
 *     with the decision's 4 variables, 16 threads, and 1,000 simultaneous timers;
 *   - BENCH_BURSTS (default 1000,10000) liberty limits due in the same minute (bench/deadline-burst.ts).
 * BENCH_PEER=0 leaves the peer out (no Maven), BENCH_BURSTS= (empty) the bursts; BENCH_PROFILE_DIR
 * has the workers and API processes write CPU profiles (node --cpu-prof) into it.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { loadConfig } from '../config';
import { createDb } from '../db/knex';
import { EMBEDDED_PG_PASSWORD } from '../db/embedded-postgres';
import { startCluster } from '../cluster/start-cluster';
import type { Series } from './measure';
import { bareUpdate, CONCURRENCY, seriesTable, stepRatios, stepSeries, STEPS, type Measured } from './step-series';
import { describeEvents, stepEvents } from './history-events';
import { armingRate, deadlineBurst, type BurstResult } from './deadline-burst';
import { runFlowablePeer, type FlowablePeerResult } from './flowable-peer';
import { cpuShare, cpuSnapshot, formatCpuShare } from './cpu-share';

const BASE_PORT = Number(process.env.BENCH_CLUSTER_BASE_PORT ?? 7800);
const BURSTS = (process.env.BENCH_BURSTS ?? '1000,10000').split(',').filter(Boolean).map(Number);
const PEER = process.env.BENCH_PEER !== '0';

const say = (line: string) => process.stderr.write(`bench cluster: ${line}\n`);

export async function clusterBench(): Promise<void> {
  Runtime.install({ logger: new DefaultLogger('ERROR') });
  const dataDir = mkdtempSync(join(tmpdir(), 'icj-bench-cluster-'));
  chmodSync(dataDir, 0o755);
  const config = { ...loadConfig({ ...process.env, CLUSTER_BASE_PORT: String(BASE_PORT) }), dataDir };
  const started = Date.now();
  // BENCH_PROFILE_DIR: the workers and API processes write V8 CPU profiles there when they stop.
  const profileDir = process.env.BENCH_PROFILE_DIR;
  const nodeArgs = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const cluster = await startCluster(config, { log: say, nodeArgs });
  say(`cluster up in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  const pg = cluster.postgres();
  const db = createDb(pg.url, 10);
  const out: string[] = [`ICJIMS bench on the cluster (2 Temporal nodes, 2 workers, 2 APIs, HAProxy, PostgreSQL): ${STEPS} steps, ${CONCURRENCY} concurrent, ${new Date().toISOString()}`];
  const print = () => process.stdout.write(`${out.join('\n')}\n`);
  try {
    const roots = () => new Map([...cluster.supervisor.pids(), [process.pid, 'bench (client, bare-update worker)']]);
    // CPU time of each part of the topology over the measured part of a series (not its setup).
    const cpu: Record<'bare' | 'e2e', string> = { bare: '', e2e: '' };
    const measuredAs = (key: 'bare' | 'e2e'): Measured => async (run) => {
      const before = cpuSnapshot();
      const t0 = Date.now();
      const mono0 = process.hrtime.bigint() / 1000n;
      const series = await run();
      // The profiles' sample times are on the same monotonic clock: their window of this series.
      if (profileDir) say(`${key} series window (monotonic µs): ${mono0} ${process.hrtime.bigint() / 1000n}`);
      cpu[key] = formatCpuShare(cpuShare(before, cpuSnapshot(), roots()), (Date.now() - t0) / 1000, STEPS);
      return series;
    };
    const bare = await bareUpdate(cluster.temporalAddress, config.temporalNamespace, measuredAs('bare'));
    say(`bare update: ${bare.opsPerSecond.toFixed(0)}/s; ${cpu.bare}`);
    const e2e = await stepSeries(cluster.apiUrl, db, undefined, measuredAs('e2e'));
    say(`end-to-end step: ${e2e.opsPerSecond.toFixed(0)}/s; ${cpu.e2e}`);
    const events = await stepEvents(cluster.apiUrl, db, cluster.temporalAddress, config.temporalNamespace);
    let peer: FlowablePeerResult | null = null;
    if (PEER) {
      const port = Number(new URL(pg.adminUrl).port);
      peer = await runFlowablePeer({ adminUrl: pg.adminUrl, host: '127.0.0.1', port, user: 'postgres', password: EMBEDDED_PG_PASSWORD, threads: CONCURRENCY, tasks: STEPS, timers: 1000, log: say });
    }
    const series: Series[] = [bare, e2e, ...(peer ? [peer.tasksCold, peer.tasks] : [])];
    out.push(...seriesTable(series), '', ...stepRatios(e2e, bare), '', `CPU of the bare update: ${cpu.bare}`, `CPU of the end-to-end step: ${cpu.e2e}`);
    if (peer) out.push(`end-to-end throughput / Flowable ${peer.flowableVersion} warm (in-process, no HTTP): ${(e2e.opsPerSecond / peer.tasks.opsPerSecond).toFixed(2)}; p99 ${(e2e.p99Ms / peer.tasks.p99Ms).toFixed(2)}x`);
    out.push('', `history events of one step: ${events.step.length} (${describeEvents(events.step)})`,
      `history events of one bare update: ${events.bare.length} (${describeEvents(events.bare)})`);
    print();
    out.length = 0;

    const bursts: BurstResult[] = [];
    if (BURSTS.length) {
      const rate = await armingRate(cluster.apiUrl, db);
      say(`arming: ${rate.toFixed(1)} detained suspects/s`);
      for (const n of BURSTS) bursts.push(await deadlineBurst(cluster.apiUrl, db, n, rate, say));
      out.push('', '| liberty limits due in one minute | registered in s | armed in time | expired | escalated | raised p50 ms | raised p99 ms | seen p50 ms | seen p99 ms | seen max ms |', '|---|---|---|---|---|---|---|---|---|---|');
      for (const b of bursts) {
        out.push(`| ${b.deadlines} | ${b.registrationSeconds.toFixed(0)} | ${b.armedInTime ? 'yes' : 'NO'} | ${b.expired} | ${b.escalated} | ${b.raised.p50Ms} | ${b.raised.p99Ms} | ${b.seen.p50Ms} | ${b.seen.p99Ms} | ${b.seen.maxMs} |`);
      }
    }
    if (peer) {
      const t = peer.timers;
      out.push('', `Flowable ${peer.flowableVersion}: ${t.fired} of ${t.timers} simultaneous timers fired, lateness p50 ${t.p50Ms} ms, p99 ${t.p99Ms} ms, max ${t.maxMs} ms (its executor polls every 10 s; first fired ${t.minMs} ms late)`);
      const ours = bursts.find((b) => b.deadlines === 1000);
      if (ours && t.p99Ms) out.push(`1,000 limits: our seen p99 / Flowable's timer p99: ${(ours.seen.p99Ms / t.p99Ms).toFixed(2)}`);
    }
    out.push(`bench cluster took ${((Date.now() - started) / 1000).toFixed(0)} s`);
    print();
  } finally {
    await db.destroy();
    await cluster.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
