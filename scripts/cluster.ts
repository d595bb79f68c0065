/**
 * `npm run cluster`: the production topology on this machine (cluster/start-cluster.ts): two
 * Temporal server nodes on PostgreSQL, two workers, two API processes behind HAProxy. Ctrl-C stops
 * it all; the data stays under DATA_DIR/cluster.
 */
import { ConfigError, loadConfig } from '../config';
import { startCluster } from '../cluster/start-cluster';
import { DEMO_PASSWORD } from '../db/seed-demo';
import { createLogger } from '../system/logger';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const log = createLogger(config.logLevel, 'cluster');
  const cluster = await startCluster(config, { log: (line) => log(line) });
  const { layout } = cluster;
  process.stdout.write([
    '',
    'ICJIMS cluster is running.',
    `  UI and API (load balancer):   ${cluster.apiUrl}`,
    `  Temporal (load balancer):     ${cluster.temporalAddress}`,
    ...layout.nodes.map((n) => `  Temporal node ${n.name}:     ${layout.bindIp}:${n.frontend} (metrics :${n.metrics})`),
    ...layout.apis.map((a) => `  API process ${a.name}:           ${layout.bindIp}:${a.port}`),
    `  Load balancer status:         http://${layout.bindIp}:${layout.statsPort}/`,
    `  PostgreSQL:                   ${layout.bindIp}:${layout.postgresPort}, data in ${cluster.dir}/postgres`,
    `  Logs:                         ${cluster.dir}/logs`,
    config.seedDemo ? `  Demo logins as with npm start (password "${DEMO_PASSWORD}").` : '',
    'Press Ctrl-C to stop (data is kept).',
    '',
  ].join('\n'));
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    log('stopping the cluster');
    await cluster.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((e) => {
  process.stderr.write(e instanceof ConfigError ? `${e.message}\n` : `${(e as Error)?.stack ?? e}\n`);
  process.exit(1);
});
