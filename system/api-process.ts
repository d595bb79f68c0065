import { AesGcmPayloadCodec } from '../codec/payload-codec';
import type { Server } from 'node:http';
import type { Knex } from 'knex';
import { Client, type Connection } from '@temporalio/client';
import type { Config } from '../config';
import { createApp } from '../api/app';
import { caseDataConverter } from '../codec/data-converter';
import { createMetrics } from '../api/metrics';
import { createSessionSigner } from '../api/session';
import type { Log } from './logger';

export interface RunningApi {
  url: string;
  client: Client;
  stop(): Promise<void>;
}

/** Serves the API (and the built UI) on the configured host and port (0: any free port). */
export async function startApi(config: Config, db: Knex, connection: Connection, log: Log): Promise<RunningApi> {
  const client = new Client({ connection, namespace: config.temporalNamespace, dataConverter: caseDataConverter(config.codecKeys) });
  const app = createApp({
    domain: { db, temporal: client, taskQueue: config.temporalTaskQueue, clock: () => new Date(), clockSkewMs: config.clockSkewSeconds * 1000 },
    signer: await createSessionSigner(config.sessionSecret),
    metrics: createMetrics(),
    secureCookies: config.nodeEnv === 'production',
    sessionTtlSeconds: config.sessionTtlSeconds,
    sessionIdleSeconds: config.sessionIdleSeconds,
    uiDir: config.uiDir,
    trustProxy: config.trustProxy,
    exposeErrors: config.nodeEnv !== 'production',
    metricsToken: config.metricsToken,
    accessAlertPersonsPerHour: config.accessAlertPersonsPerHour,
    statisticsThreshold: config.statisticsThreshold,
    codec: new AesGcmPayloadCodec(config.codecKeys),
    temporalUiOrigin: config.temporalUiOrigin ?? `http://127.0.0.1:${config.devServerUiPort}`,
    log,
  });
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(config.port, config.host, () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address() as { port: number };
  return {
    url: `http://${config.host}:${port}`,
    client,
    stop: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}
