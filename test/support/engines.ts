import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { freePort } from '../../system/free-port';
import type { Knex } from 'knex';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, Runtime, DefaultLogger, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { workflowBundleOptions } from '../../temporal/workflow-bundle-options';
import { loadConfig } from '../../config';
import { caseDataConverter, failureConverterPath } from '../../codec/data-converter';
import { startEmbeddedPostgres, type EmbeddedPg } from '../../db/embedded-postgres';
import { createDb } from '../../db/knex';
import { prepareDatabase } from '../../db/prepare-database';
import { seedDemo } from '../../db/seed-demo';
import { deployShippedProcedures } from '../../domain/procedures';
import { resolveTemporalCli, resolveTestServer } from '../../temporal/engines';
import { startDevServer, type DevServer } from '../../temporal/dev-server';
import { ensureSearchAttributes } from '../../temporal/ensure-search-attributes';

// Engines started once per test run, lazily, and stopped by the root hook in hooks.ts.
// Every engine is real: PostgreSQL from embedded-postgres (or TEST_DATABASE_URL), Temporal's
// Java time-skipping server, the Temporal CLI dev server.

const config = loadConfig({ ...process.env, NODE_ENV: 'test' });
const stops: Array<() => Promise<void>> = [];
let warnLoggerInstalled = false;

function once<T>(start: () => Promise<T>): () => Promise<T> {
  let started: Promise<T> | null = null;
  return () => (started ??= start());
}

function quietTemporalLogs(): void {
  if (warnLoggerInstalled) return;
  warnLoggerInstalled = true;
  // Expected failures (retries, rejected updates) would log at WARN; TEST_LOG=WARN shows them.
  Runtime.install({ logger: new DefaultLogger(process.env.TEST_LOG === 'WARN' ? 'WARN' : 'ERROR') });
}

export { freePort };

/**
 * A migrated PostgreSQL with the demo units and users, fresh for this run, set up as in
 * production (db/least-privilege.ts): `db`/`url` connect as the application role, which cannot
 * alter the evidence; `ownerUrl` as the schema's owner, for tests that must go behind the app's
 * back (a forged record, a scratch database). TEST_DATABASE_URL (app) with TEST_DATABASE_OWNER_URL
 * points to an external server instead.
 */
export const testDatabase = once(async (): Promise<{ db: Knex; url: string; ownerUrl: string }> => {
  let urls = process.env.TEST_DATABASE_URL
    ? { url: process.env.TEST_DATABASE_URL, ownerUrl: process.env.TEST_DATABASE_OWNER_URL ?? process.env.TEST_DATABASE_URL }
    : null;
  if (!urls) {
    const dir = mkdtempSync(join(tmpdir(), 'icj-test-pg-'));
    chmodSync(dir, 0o755); // the server runs as the postgres user when tests run as root
    const pg: EmbeddedPg = await startEmbeddedPostgres(join(dir, 'data'), await freePort());
    stops.push(async () => {
      await pg.stop();
      rmSync(dir, { recursive: true, force: true });
    });
    urls = pg;
  }
  const db = await seededDatabase(urls);
  stops.unshift(() => db.destroy());
  return { db, url: urls.url, ownerUrl: urls.ownerUrl };
});

/** Migrates a database as its owner, grants the app role, seeds the demo country and deploys the shipped procedures: a connection as the app role. */
export async function seededDatabase(urls: { url: string; ownerUrl: string }): Promise<Knex> {
  await prepareDatabase(urls);
  const db = createDb(urls.url, 20);
  await seedDemo(db);
  await deployShippedProcedures(db);
  return db;
}

/**
 * An empty database of the run's PostgreSQL, created by the schema's owner (the app role may not
 * create one), for a test that migrates or seeds from scratch; dropped afterwards.
 */
export async function withScratchDatabase(prefix: string, use: (db: Knex) => Promise<void>): Promise<void> {
  const scratch = await createScratchDatabase(prefix);
  const db = createDb(scratch.ownerUrl, 2);
  try {
    await use(db);
  } finally {
    await db.destroy();
    await scratch.drop();
  }
}

/**
 * An empty database of the run's PostgreSQL, created by the schema's owner: its URLs as the owner
 * and as the application role (who may connect, as to any database, once granted), and `drop()`.
 */
export async function createScratchDatabase(prefix: string): Promise<{ url: string; ownerUrl: string; drop(): Promise<void> }> {
  const { url, ownerUrl } = await testDatabase();
  const owner = createDb(ownerUrl, 1);
  const name = `${prefix}_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const inDatabase = (u: string) => u.replace(/\/[^/?]+(\?|$)/, `/${name}$1`);
  try {
    await owner.raw(`create database ${name}`);
  } catch (error) {
    await owner.destroy();
    throw error;
  }
  return {
    url: inDatabase(url),
    ownerUrl: inDatabase(ownerUrl),
    async drop() {
      try {
        // The application role's sessions of a stack just stopped may take a moment to end, and
        // the owner may not terminate them (permission denied to terminate process): wait for them.
        for (let attempt = 1; ; attempt++) {
          try {
            await owner.raw(`drop database if exists ${name} with (force)`);
            break;
          } catch (e) {
            if (attempt === 40 || !/permission denied to terminate/.test(String((e as Error).message))) throw e;
            await new Promise((r) => setTimeout(r, 250));
          }
        }
      } finally {
        await owner.destroy();
      }
    },
  };
}

/**
 * A new instance of Temporal's Java time-skipping test server (Maven Central), started through the
 * SDK; the caller tears it down. Tests that reject updates use their own: the test server (1.38)
 * stops skipping time after a rejected update, which would hang every later sleep on a shared one.
 */
export async function newTimeSkippingEnv(): Promise<TestWorkflowEnvironment> {
  quietTemporalLogs();
  const env = await TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path: resolveTestServer(config.engineCacheDir) } },
    client: { dataConverter: caseDataConverter(config.codecKeys) },
  });
  await ensureSearchAttributes(env.connection, env.namespace ?? 'default');
  return env;
}

/** The time-skipping server shared by the run. */
export const timeSkippingEnv = once(async (): Promise<TestWorkflowEnvironment> => {
  const env = await newTimeSkippingEnv();
  stops.unshift(() => env.teardown());
  return env;
});

/** The Temporal CLI dev server, in memory, with the project's search attributes. */
export const devServer = once(async (): Promise<DevServer> => {
  quietTemporalLogs();
  const cli = resolveTemporalCli(config.temporalCli, config.engineCacheDir);
  if (!cli) throw new Error('No Temporal CLI found; run: npm run engines');
  const server = await startDevServer({ cli, port: await freePort(), uiPort: null, dbFile: null, namespace: 'default' });
  stops.push(() => server.stop());
  return server;
});

/** The case workflows bundled once for every worker of the run. */
export const workflowBundle = once(async (): Promise<WorkflowBundleWithSourceMap> =>
  bundleWorkflowCode({
    workflowsPath: workflowBundleOptions.workflowsPath, preloadModules: workflowBundleOptions.bundlerOptions.preloadModules,
    failureConverterPath, logger: new DefaultLogger('WARN'),
  }));

/** The data converter of every client and worker in the tests: the production codec with the test configuration's key. */
export const testDataConverter = caseDataConverter(config.codecKeys);

/** Stops every engine started (root afterAll hook). */
export async function stopEngines(): Promise<void> {
  for (const stop of stops.splice(0)) await stop();
}
