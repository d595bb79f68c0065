/**
 * `npm start`: the whole system on one machine. Starts what the environment does not point to
 * (embedded PostgreSQL, the Temporal dev server), migrates, seeds demo data once (never in
 * production), runs the worker and the API with the built UI, and stops it all on Ctrl-C,
 * keeping the data under DATA_DIR for the next start.
 */
import { DefaultLogger, NativeConnection, Runtime } from '@temporalio/worker';
import { Connection } from '@temporalio/client';
import { loadConfig, ConfigError } from '../config';
import { createDb } from '../db/knex';
import { checkLeastPrivilege, prepareDatabase } from '../db/prepare-database';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, demoUsers, seedDemo } from '../db/seed-demo';
import { requiresSecondFactor } from '../org/roles';
import { deployShippedProcedures } from '../domain/procedures';
import { seedStatistics } from '../statistics/synthetic/seed-statistics';
import { connectionOptions } from '../temporal/connection';
import { ensureSearchAttributes } from '../temporal/ensure-search-attributes';
import { startApi } from '../system/api-process';
import { superviseEngines } from '../system/engine-supervision';
import { startDatabase, startTemporal, type Engine } from '../system/engines';
import { createLogger } from '../system/logger';
import { startWorker } from '../system/worker-process';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const log = createLogger(config.logLevel, 'start');
  // The SDK's own chatter (bundler output) only when debugging.
  Runtime.install({ logger: new DefaultLogger(config.logLevel === 'debug' ? 'DEBUG' : 'WARN') });
  const stops: Array<() => Promise<void>> = [];
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log('stopping');
    for (const stop of stops.reverse()) {
      try {
        await stop();
      } catch (e) {
        log.error('stop failed', { error: String(e) });
      }
    }
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  try {
    const databaseEngine = { name: 'embedded PostgreSQL', current: await startDatabase(config, log) as Engine, start: () => startDatabase(config, log) };
    const database = databaseEngine.current as Awaited<ReturnType<typeof startDatabase>>;
    stops.push(() => databaseEngine.current.stop());
    const temporalEngine = { name: 'the Temporal dev server', current: await startTemporal(config, log), start: () => startTemporal(config, log) };
    const temporal: Engine = temporalEngine.current;
    stops.push(() => temporalEngine.current.stop());
    // An engine that dies while the system runs is started again (its data and port kept).
    const stopWatch = superviseEngines([databaseEngine, temporalEngine], log);
    stops.push(async () => stopWatch());

    await prepareDatabase({ url: database.address, ownerUrl: database.ownerUrl });
    const db = createDb(database.address);
    stops.push(() => db.destroy());
    await checkLeastPrivilege(db, config.nodeEnv === 'production', (m) => log.warn(m));
    if (config.seedDemo) {
      const { seeded } = await seedDemo(db);
      if (seeded) log('demo units and users seeded');
      // A synthetic country for the analyst's dashboard, once (statistics/synthetic).
      if (config.seedStatisticsCases > 0 && !(await db('cases').where('workflow_id', 'like', 'synthetic-%').first('id'))) {
        log(`seeding a synthetic country of ${config.seedStatisticsCases} cases for the statistics (SEED_STATISTICS_CASES=0: none)...`);
        const report = await seedStatistics(db, { cases: config.seedStatisticsCases });
        log(`synthetic country seeded: ${report.cases} cases, ${report.records} records in ${report.seconds.toFixed(0)} s`);
      }
    }
    await deployShippedProcedures(db);

    const target = { address: temporal.address, tls: config.temporalTls };
    const clientConnection = await Connection.connect(connectionOptions(target));
    stops.push(() => clientConnection.close());
    if (!temporal.embedded) await ensureSearchAttributes(clientConnection, config.temporalNamespace);
    const workerConnection = await NativeConnection.connect(connectionOptions(target));
    stops.push(() => workerConnection.close());

    const worker = await startWorker(config, db, workerConnection, log);
    stops.push(worker.stop);
    worker.done.catch((e) => {
      log.error('worker stopped', { error: String(e) });
      void shutdown(1);
    });
    const api = await startApi(config, db, clientConnection, log);
    stops.push(api.stop);

    const lines = [
      '',
      'ICJIMS is running.',
      `  UI and API:        ${api.url}`,
      `  Temporal Web UI:   ${temporal.uiUrl ?? '(external cluster: see its own UI)'}`,
      `  PostgreSQL:        ${database.embedded ? `embedded, data in ${config.dataDir}` : 'DATABASE_URL'}`,
    ];
    if (config.seedDemo) {
      lines.push(`  Demo logins (password "${DEMO_PASSWORD}"):`);
      for (const u of demoUsers) lines.push(`    ${u.username.padEnd(12)} ${u.role.padEnd(20)} ${u.unit}${requiresSecondFactor(u.role) ? '  + code' : ''}`);
      lines.push(`  "+ code": also a TOTP code; add this secret to an authenticator app: ${DEMO_TOTP_SECRET}`);
    }
    lines.push('Press Ctrl-C to stop (data is kept).', '');
    process.stdout.write(lines.join('\n'));
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
    } else {
      log.error('start failed', { error: String((e as Error)?.stack ?? e) });
    }
    await shutdown(1);
  }
}

void main();
