import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Connection } from '@temporalio/client';
import { msToTs } from '@temporalio/common/lib/time';
import type { Config } from '../config';
import { startEmbeddedPostgres, type EmbeddedPg } from '../db/embedded-postgres';
import { createDb } from '../db/knex';
import { prepareDatabase } from '../db/prepare-database';
import { seedDemo } from '../db/seed-demo';
import { deployShippedProcedures } from '../domain/procedures';
import { ensureSearchAttributes } from '../temporal/ensure-search-attributes';
import { clusterLayout, type ClusterLayout } from './cluster-layout';
import { loadBalancerProcess } from './load-balancer';
import { Supervisor } from './supervisor';
import { temporalNodeProcess, waitForFrontend } from './temporal-node';
import { setUpTemporalDatabases } from './temporal-schema';

const ROOT = resolve(__dirname, '..');
export const TEMPORAL_SERVER_VERSION = 'v1.29.1';
/** The Temporal server's role in the cluster's PostgreSQL (loopback only; production: a secret). */
const TEMPORAL_DB_USER = 'temporal';
const TEMPORAL_DB_PASSWORD = 'icjims-cluster-temporal';
/** Closed workflows' histories are kept this long in Temporal; the records stay in PostgreSQL. */
const RETENTION_DAYS = 30;
/**
 * Two Temporal nodes hold up to 2 x (20 + 4) connections (temporal-node.yaml), four application
 * processes 4 x 10, a tool or bench a few more: past PostgreSQL's default of 100.
 */
const POSTGRES_SETTINGS = { max_connections: '200' };

export interface ClusterOptions {
  /** Extra environment for the worker and API processes (the fault suite shortens the liberty limits). */
  appEnv?: NodeJS.ProcessEnv;
  /** Extra Node.js options for the worker and API processes (the bench's --cpu-prof). */
  nodeArgs?: string[];
  log?: (line: string) => void;
}

export interface RunningCluster {
  layout: ClusterLayout;
  /** The API behind the load balancer, and the Temporal frontends behind it. */
  apiUrl: string;
  temporalAddress: string;
  postgres(): EmbeddedPg;
  supervisor: Supervisor;
  dir: string;
  /** kill -9 of the PostgreSQL server (the fault suite); returns its pid. */
  killPostgres(): number;
  /** Starts PostgreSQL again on the same data (after killPostgres). */
  restartPostgres(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The production topology on one machine (issue 12): PostgreSQL; the Temporal server's two
 * databases set up by temporal-sql-tool; two Temporal server processes forming one cluster; the
 * namespace and search attributes registered; HAProxy in front of the Temporal frontends and of
 * two API processes; two workers. Each process is supervised (restarted when it dies). The data
 * stays under DATA_DIR/cluster for the next start.
 */
export async function startCluster(config: Config, options: ClusterOptions = {}): Promise<RunningCluster> {
  const say = options.log ?? (() => {});
  const dir = join(config.dataDir, 'cluster');
  const layout = clusterLayout(config.clusterBasePort);
  const engines = join(config.engineCacheDir, `temporal-server-${TEMPORAL_SERVER_VERSION}`);
  const server = join(engines, 'bin', 'temporal-server');
  const sqlTool = join(engines, 'bin', 'temporal-sql-tool');
  if (!existsSync(server) || !existsSync(sqlTool)) throw new Error(`the Temporal server is not built: run bash scripts/install-engines.sh --cluster (looked in ${engines})`);
  const haproxy = ['/usr/sbin/haproxy', '/usr/bin/haproxy'].find((p) => existsSync(p));
  if (!haproxy) throw new Error('HAProxy is not installed: apt-get install haproxy');

  const supervisor = new Supervisor(dir, say);
  await supervisor.reapOrphans();
  say(`starting PostgreSQL on ${layout.bindIp}:${layout.postgresPort}`);
  const pgDir = join(dir, 'postgres');
  let postgres = await startEmbeddedPostgres(pgDir, layout.postgresPort, undefined, POSTGRES_SETTINGS);
  const stop = async () => {
    await supervisor.stop();
    await postgres.stop();
  };
  const killPostgres = () => {
    const pid = Number(readFileSync(join(pgDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    process.kill(pid, 'SIGKILL');
    return pid;
  };
  const restartPostgres = async () => {
    // Its backends notice the postmaster is gone and exit; until they have, the shared memory is theirs.
    for (let attempt = 1; ; attempt++) {
      try {
        postgres = await startEmbeddedPostgres(pgDir, layout.postgresPort, undefined, POSTGRES_SETTINGS);
        return;
      } catch (e) {
        if (attempt === 20) throw e;
        await new Promise((r) => setTimeout(r, 500));
      }
    }
  };
  try {
    say('setting up the Temporal databases (temporal-sql-tool)');
    await setUpTemporalDatabases({
      sqlTool, schemaDir: join(engines, 'schema'), host: layout.bindIp, port: layout.postgresPort,
      user: TEMPORAL_DB_USER, password: TEMPORAL_DB_PASSWORD, adminUrl: postgres.adminUrl,
    });
    await prepareDatabase(postgres);
    const db = createDb(postgres.url, 2);
    try {
      if (config.seedDemo) await seedDemo(db);
      await deployShippedProcedures(db);
    } finally {
      await db.destroy();
    }

    const temporalAddress = `${layout.bindIp}:${layout.temporalPort}`;
    for (const node of layout.nodes) {
      say(`starting Temporal node ${node.name} (frontend ${layout.bindIp}:${node.frontend})`);
      await supervisor.start(temporalNodeProcess({
        server, dir: join(dir, node.name), node, bindIp: layout.bindIp, publicFrontend: temporalAddress,
        postgres: { host: layout.bindIp, port: layout.postgresPort, user: TEMPORAL_DB_USER, password: TEMPORAL_DB_PASSWORD },
        historyShards: 4,
      }));
    }
    await registerNamespace(`${layout.bindIp}:${layout.nodes[0]!.frontend}`, config.temporalNamespace);
    for (const node of layout.nodes) await waitForNamespace(`${layout.bindIp}:${node.frontend}`, config.temporalNamespace);

    say(`starting the load balancer (API ${layout.bindIp}:${layout.apiPort}, Temporal ${temporalAddress})`);
    await supervisor.start(loadBalancerProcess(haproxy, dir, layout));

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: config.nodeEnv === 'test' ? 'development' : config.nodeEnv,
      DATABASE_URL: postgres.url, DATABASE_OWNER_URL: postgres.ownerUrl,
      TEMPORAL_ADDRESS: temporalAddress, TEMPORAL_NAMESPACE: config.temporalNamespace,
      HOST: layout.bindIp, TRUST_PROXY: '1', SEED_STATISTICS_CASES: '0',
      ...options.appEnv,
    };
    const node = process.execPath;
    for (const w of layout.workers) {
      say(`starting ${w.name}`);
      await supervisor.start({
        name: w.name, command: node, cwd: ROOT, env,
        // The trailing argument names the cluster, so an orphan is recognised at the next start.
        args: [...(options.nodeArgs ?? []), '--import', 'tsx', join(ROOT, 'worker.ts'), `--cluster=${dir}`],
        ready: ({ logFile, logOffset }) => waitForLogLine(logFile, logOffset, 'worker running', 120_000),
      });
    }
    for (const a of layout.apis) {
      say(`starting ${a.name} on ${layout.bindIp}:${a.port}`);
      await supervisor.start({
        name: a.name, command: node, cwd: ROOT, env: { ...env, PORT: String(a.port) },
        args: [...(options.nodeArgs ?? []), '--import', 'tsx', join(ROOT, 'api', 'server.ts'), `--cluster=${dir}`],
        ready: () => waitForHealthy(`http://${layout.bindIp}:${a.port}/healthz`, 120_000),
      });
    }
    await waitForHealthy(`http://${layout.bindIp}:${layout.apiPort}/healthz`, 30_000);
    return {
      layout, apiUrl: `http://${layout.bindIp}:${layout.apiPort}`, temporalAddress, postgres: () => postgres, supervisor, dir,
      killPostgres, restartPostgres, stop,
    };
  } catch (e) {
    await stop();
    throw e;
  }
}

/** Registers the namespace (once; an existing one is kept) and the search attributes. */
async function registerNamespace(address: string, namespace: string): Promise<void> {
  const connection = await Connection.connect({ address });
  try {
    try {
      await connection.workflowService.registerNamespace({ namespace, workflowExecutionRetentionPeriod: msToTs(`${RETENTION_DAYS} days`) });
    } catch (e) {
      if ((e as { code?: number }).code !== 6) throw e; // ALREADY_EXISTS
    }
    await waitForNamespace(address, namespace);
    await ensureSearchAttributes(connection, namespace);
  } finally {
    await connection.close();
  }
}

/** Every frontend learns a new namespace from the database within its cache refresh (about 10 s). */
async function waitForNamespace(address: string, namespace: string): Promise<void> {
  await waitForFrontend(address, 30_000);
  const connection = await Connection.connect({ address });
  try {
    const deadline = Date.now() + 60_000;
    for (;;) {
      try {
        await connection.workflowService.describeNamespace({ namespace });
        return;
      } catch (e) {
        if (Date.now() > deadline) throw new Error(`namespace ${namespace} not known to ${address}: ${String(e)}`);
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
  } finally {
    await connection.close();
  }
}

async function waitForHealthy(url: string, withinMs: number): Promise<void> {
  const deadline = Date.now() + withinMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
      last = `${res.status}`;
    } catch (e) {
      last = String(e);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} not healthy within ${withinMs / 1000} s (${last})`);
}

async function waitForLogLine(file: string, from: number, text: string, withinMs: number): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (Date.now() < deadline) {
    if (existsSync(file) && readFileSync(file).subarray(from).toString().includes(text)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`"${text}" did not appear in ${file} within ${withinMs / 1000} s`);
}
