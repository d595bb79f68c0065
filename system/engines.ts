import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { commandLineOf } from './orphans';
import type { Config } from '../config';
import { startEmbeddedPostgres } from '../db/embedded-postgres';
import { resolveTemporalCli } from '../temporal/engines';
import { startDevServer } from '../temporal/dev-server';
import { searchAttributeDeclarations } from '../workflows/search-attributes';
import type { Log } from './logger';

export interface Engine {
  /** Connection URL (PostgreSQL) or host:port (Temporal). */
  address: string;
  /** Only the Temporal dev server has a Web UI. */
  uiUrl: string | null;
  /** Whether this process started it (and so stops it). */
  embedded: boolean;
  /** Whether its process still runs (an engine this process did not start: always). */
  alive(): boolean;
  stop(): Promise<void>;
}

/** DATABASE_URL (and DATABASE_OWNER_URL), or embedded PostgreSQL with its data under DATA_DIR/postgres. */
export async function startDatabase(config: Config, log: Log): Promise<Engine & { ownerUrl: string | null }> {
  if (config.databaseUrl) return { address: config.databaseUrl, ownerUrl: config.databaseOwnerUrl, uiUrl: null, embedded: false, alive: () => true, stop: async () => {} };
  const dir = join(config.dataDir, 'postgres');
  log('starting embedded PostgreSQL', { dir, port: config.embeddedPgPort });
  const pg = await startEmbeddedPostgres(dir, config.embeddedPgPort);
  return { address: pg.url, ownerUrl: pg.ownerUrl, uiUrl: null, embedded: true, alive: () => postmasterRuns(dir), stop: () => pg.stop() };
}

/** TEMPORAL_ADDRESS, or the Temporal CLI dev server persisting to DATA_DIR/temporal.db. */
export async function startTemporal(config: Config, log: Log): Promise<Engine> {
  if (config.temporalAddress) return { address: config.temporalAddress, uiUrl: null, embedded: false, alive: () => true, stop: async () => {} };
  const cli = resolveTemporalCli(config.temporalCli, config.engineCacheDir);
  if (cli) {
    log('starting the Temporal dev server', { cli, port: config.devServerPort });
    const server = await startDevServer({
      cli, port: config.devServerPort, uiPort: config.devServerUiPort, dbFile: join(config.dataDir, 'temporal.db'),
      namespace: config.temporalNamespace,
      // The Web UI decodes payloads through the API, with the user's session (api/app.ts /api/codec).
      codecEndpoint: `http://${config.host}:${config.port}/api/codec`,
    });
    return { address: server.address, uiUrl: server.uiUrl, embedded: true, alive: () => server.alive(), stop: () => server.stop() };
  }
  // Last resort, for a user with internet: the SDK downloads the dev server itself.
  log('no Temporal CLI found (run npm run engines); letting the Temporal SDK download the dev server');
  const { TestWorkflowEnvironment } = await import('@temporalio/testing');
  const env = await TestWorkflowEnvironment.createLocal({
    server: {
      ip: '127.0.0.1', port: config.devServerPort, ui: true, uiPort: config.devServerUiPort,
      dbFilename: join(config.dataDir, 'temporal.db'), namespace: config.temporalNamespace,
      extraArgs: searchAttributeDeclarations.flatMap((a) => ['--search-attribute', `${a.name}=${a.type}`]),
    },
  });
  return {
    address: `127.0.0.1:${config.devServerPort}`, uiUrl: `http://127.0.0.1:${config.devServerUiPort}`, embedded: true,
    alive: () => true, stop: () => env.teardown(),
  };
}

/** Whether the PostgreSQL server of a data folder runs (its postmaster.pid names a live postgres). */
function postmasterRuns(dir: string): boolean {
  const pidFile = join(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return false;
  const cmdline = commandLineOf(Number(readFileSync(pidFile, 'utf8').split('\n')[0]));
  return cmdline !== null && cmdline.includes('postgres');
}
