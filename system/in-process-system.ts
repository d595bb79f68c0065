import type { Knex } from 'knex';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import type { Config } from '../config';
import { startApi } from './api-process';
import type { Log } from './logger';
import { startWorker } from './worker-process';

export interface InProcessSystem {
  url: string;
  client: Client;
  stop(): Promise<void>;
}

/** A worker and the API in this process, against an already running PostgreSQL and Temporal (tests, benchmarks). */
export async function startInProcessSystem(
  config: Config & { temporalAddress: string }, db: Knex, log: Log, workflowBundle?: WorkflowBundleWithSourceMap,
): Promise<InProcessSystem> {
  const nativeConnection = await NativeConnection.connect({ address: config.temporalAddress });
  const worker = await startWorker(config, db, nativeConnection, log, { workflowBundle });
  const connection = await Connection.connect({ address: config.temporalAddress });
  const api = await startApi(config, db, connection, log);
  return {
    url: api.url,
    client: api.client,
    async stop() {
      await api.stop();
      await worker.stop();
      await connection.close();
      await nativeConnection.close();
    },
  };
}
