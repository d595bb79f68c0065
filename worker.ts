/** Composition root of a production worker process: `npm run start:worker`. */
import { DefaultLogger, NativeConnection, Runtime } from '@temporalio/worker';
import { loadConfig } from './config';
import { createDb } from './db/knex';
import { checkLeastPrivilege } from './db/prepare-database';
import { connectionOptions } from './temporal/connection';
import { createLogger } from './system/logger';
import { startWorker } from './system/worker-process';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  if (!config.databaseUrl || !config.temporalAddress) throw new Error('start:worker needs DATABASE_URL and TEMPORAL_ADDRESS');
  const log = createLogger(config.logLevel, 'worker');
  Runtime.install({ logger: new DefaultLogger(config.logLevel === 'debug' ? 'DEBUG' : config.logLevel === 'info' ? 'INFO' : 'WARN') });
  const db = createDb(config.databaseUrl);
  await checkLeastPrivilege(db, config.nodeEnv === 'production', (m) => log.warn(m));
  const connection = await NativeConnection.connect(connectionOptions({ address: config.temporalAddress, tls: config.temporalTls }));
  const worker = await startWorker(config, db, connection, log);
  const stop = () => void worker.stop();
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  log('worker running', { taskQueue: config.temporalTaskQueue, namespace: config.temporalNamespace });
  await worker.done;
  await connection.close();
  await db.destroy();
}

main().catch((e) => {
  process.stderr.write(`${(e as Error)?.stack ?? e}\n`);
  process.exit(1);
});
