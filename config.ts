import { parseCodecKeys, type CodecKey } from './codec/codec-keys';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** Every setting the system reads from its environment, with defaults applied. */
export interface Config {
  /** `production` disables demo users and requires a real session secret. */
  nodeEnv: 'development' | 'production' | 'test';
  /** API listen address. */
  host: string;
  port: number;
  /** PostgreSQL URL of the application role; null means: start embedded PostgreSQL under `dataDir`. */
  databaseUrl: string | null;
  /** PostgreSQL URL of the schema's owner role, for migrations (db/least-privilege.ts); null: DATABASE_URL migrates (development). */
  databaseOwnerUrl: string | null;
  /** Where embedded PostgreSQL and the Temporal dev server keep their files. */
  dataDir: string;
  embeddedPgPort: number;
  /** host:port of a Temporal frontend; null means: start the Temporal CLI dev server. */
  temporalAddress: string | null;
  temporalNamespace: string;
  temporalTaskQueue: string;
  /** mTLS client certificate/key and server CA (file paths), for a Temporal cluster. */
  temporalTls: { certPath: string; keyPath: string; caPath: string | null; serverName: string | null } | null;
  /** Dev server ports (frontend gRPC, Web UI), used only when temporalAddress is null. */
  devServerPort: number;
  devServerUiPort: number;
  /**
   * `npm run cluster`: the first of the loopback ports of the production topology (load balancer,
   * PostgreSQL, two Temporal nodes, two API processes); see cluster/cluster-layout.ts.
   */
  clusterBasePort: number;
  /** Explicit path of the `temporal` CLI binary (first in the resolution order). */
  temporalCli: string | null;
  /** Cache of engine binaries outside the repo (Temporal CLI, Java test server jars). */
  engineCacheDir: string;
  /** HMAC secret that signs session tokens (>= 32 characters). */
  sessionSecret: string;
  sessionTtlSeconds: number;
  /** A session unused this long has ended (idle timeout). */
  sessionIdleSeconds: number;
  /** How far in the future a recorded instant may lie (clocks of devices differ); further is refused. */
  clockSkewSeconds: number;
  /** An audit alert for a user who reads the data of more distinct persons than this within an hour. */
  accessAlertPersonsPerHour: number;
  /** Bearer token Prometheus sends to /metrics; unset (development): /metrics answers loopback callers only. */
  metricsToken: string | null;
  /** Keys of the Temporal payload codec, the newest first (codec/codec-keys.ts). */
  codecKeys: CodecKey[];
  /** Origin of the Temporal Web UI allowed to call the codec endpoint (unset: the dev server's UI). */
  temporalUiOrigin: string | null;
  /** How often each worker runs the retention rules (privacy/retention-run.ts), in hours. */
  retentionEveryHours: number;
  /** How often each worker runs the liberty watchdog (liberty/), in minutes; 0: never (the tests' default). */
  watchdogEveryMinutes: number;
  /** How many workflows each worker keeps in memory (Temporal's sticky cache); null: the SDK's default, from the heap size. */
  workflowCacheSize: number | null;
  /** Statistics: a count below this is suppressed, with secondary suppression (statistics/disclosure). */
  statisticsThreshold: number;
  /** Seed demo units and users on first start (never in production). */
  seedDemo: boolean;
  /** Synthetic cases `npm start` writes on first start for the statistics dashboard (with the demo; 0: none). */
  seedStatisticsCases: number;
  /** express `trust proxy` setting, for a load balancer in front of the API. */
  trustProxy: string | false;
  /** Directory of the built UI that the API serves. */
  uiDir: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
}

/** Thrown when the environment cannot make a valid configuration; the message says what to fix. */
export class ConfigError extends Error {}

const DEV_SESSION_SECRET = 'development-only-session-secret-do-not-use-in-production';
/** Development-only payload key (32 bytes of 0x11): histories of a dev server are readable by anyone with the code. */
const DEV_CODEC_KEYS = `dev-only:${Buffer.alloc(32, 0x11).toString('base64')}`;

/**
 * Builds the configuration from an environment (process.env in the composition roots,
 * a plain object in tests). Fails fast with every problem listed at once.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const problems: string[] = [];
  const nodeEnv = oneOf(env.NODE_ENV ?? 'development', ['development', 'production', 'test'] as const, 'NODE_ENV', problems);
  const production = nodeEnv === 'production';
  const root = resolve(__dirname);

  const sessionSecret = env.SESSION_SECRET ?? (production ? '' : DEV_SESSION_SECRET);
  if (sessionSecret.length < 32) problems.push('SESSION_SECRET must be set to at least 32 characters in production');

  const tlsCert = env.TEMPORAL_TLS_CERT ?? null;
  const tlsKey = env.TEMPORAL_TLS_KEY ?? null;
  if ((tlsCert === null) !== (tlsKey === null)) problems.push('TEMPORAL_TLS_CERT and TEMPORAL_TLS_KEY go together');

  const codec = parseCodecKeys(env.TEMPORAL_CODEC_KEYS ?? (production ? '' : DEV_CODEC_KEYS));
  problems.push(...codec.problems);

  const metricsToken = env.METRICS_TOKEN || null;
  if (production && (metricsToken === null || metricsToken.length < 16)) problems.push('METRICS_TOKEN must be set to at least 16 characters in production (Prometheus sends it as a bearer token)');

  if (production && !env.DATABASE_URL) problems.push('DATABASE_URL is required in production (embedded PostgreSQL is for development)');
  if (production && !env.DATABASE_OWNER_URL) problems.push('DATABASE_OWNER_URL is required in production: migrations run as the schema owner, the application (DATABASE_URL) as a role that cannot alter the records');
  if (production && !env.TEMPORAL_ADDRESS) problems.push('TEMPORAL_ADDRESS is required in production (the dev server is for development)');

  const config: Config = {
    nodeEnv,
    host: env.HOST ?? '127.0.0.1',
    port: port(env.PORT, 3000, 'PORT', problems),
    databaseUrl: env.DATABASE_URL || null,
    databaseOwnerUrl: env.DATABASE_OWNER_URL || null,
    dataDir: resolve(env.DATA_DIR ?? join(root, '.data')),
    embeddedPgPort: port(env.EMBEDDED_PG_PORT, 54329, 'EMBEDDED_PG_PORT', problems),
    temporalAddress: env.TEMPORAL_ADDRESS || null,
    temporalNamespace: env.TEMPORAL_NAMESPACE ?? 'default',
    temporalTaskQueue: env.TEMPORAL_TASK_QUEUE ?? 'icjims-cases',
    temporalTls: tlsCert && tlsKey
      ? { certPath: tlsCert, keyPath: tlsKey, caPath: env.TEMPORAL_TLS_CA ?? null, serverName: env.TEMPORAL_TLS_SERVER_NAME ?? null }
      : null,
    devServerPort: port(env.TEMPORAL_DEV_PORT, 7233, 'TEMPORAL_DEV_PORT', problems),
    devServerUiPort: port(env.TEMPORAL_DEV_UI_PORT, 8233, 'TEMPORAL_DEV_UI_PORT', problems),
    clusterBasePort: port(env.CLUSTER_BASE_PORT, 7400, 'CLUSTER_BASE_PORT', problems),
    temporalCli: env.TEMPORAL_CLI || null,
    engineCacheDir: resolve(env.ICJ_ENGINE_CACHE ?? join(env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'icjims')),
    sessionSecret,
    sessionTtlSeconds: positiveInt(env.SESSION_TTL_SECONDS, 8 * 3600, 'SESSION_TTL_SECONDS', problems),
    sessionIdleSeconds: positiveInt(env.SESSION_IDLE_SECONDS, 30 * 60, 'SESSION_IDLE_SECONDS', problems),
    clockSkewSeconds: positiveInt(env.CLOCK_SKEW_SECONDS, 300, 'CLOCK_SKEW_SECONDS', problems),
    metricsToken,
    accessAlertPersonsPerHour: positiveInt(env.ACCESS_ALERT_PERSONS_PER_HOUR, 50, 'ACCESS_ALERT_PERSONS_PER_HOUR', problems),
    codecKeys: codec.keys,
    temporalUiOrigin: env.TEMPORAL_UI_ORIGIN || null,
    retentionEveryHours: positiveInt(env.RETENTION_EVERY_HOURS, 24, 'RETENTION_EVERY_HOURS', problems),
    watchdogEveryMinutes: nonNegativeInt(env.WATCHDOG_EVERY_MINUTES, nodeEnv === 'test' ? 0 : 5, 'WATCHDOG_EVERY_MINUTES', problems),
    workflowCacheSize: env.WORKFLOW_CACHE_SIZE ? positiveInt(env.WORKFLOW_CACHE_SIZE, 0, 'WORKFLOW_CACHE_SIZE', problems) : null,
    statisticsThreshold: positiveInt(env.STATISTICS_THRESHOLD, 5, 'STATISTICS_THRESHOLD', problems),
    seedDemo: !production && (env.SEED_DEMO ?? 'true') !== 'false',
    seedStatisticsCases: production ? 0 : nonNegativeInt(env.SEED_STATISTICS_CASES, 10_000, 'SEED_STATISTICS_CASES', problems),
    trustProxy: env.TRUST_PROXY || false,
    uiDir: resolve(env.UI_DIR ?? join(root, 'ui', 'dist')),
    logLevel: oneOf(env.LOG_LEVEL ?? 'info', ['debug', 'info', 'warn', 'error'] as const, 'LOG_LEVEL', problems),
  };
  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n - ${problems.join('\n - ')}`);
  return config;
}

function port(raw: string | undefined, fallback: number, name: string, problems: string[]): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) problems.push(`${name} must be a port number (0-65535), got "${raw}"`);
  return n;
}

function positiveInt(raw: string | undefined, fallback: number, name: string, problems: string[]): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) problems.push(`${name} must be a positive whole number, got "${raw}"`);
  return n;
}

function nonNegativeInt(raw: string | undefined, fallback: number, name: string, problems: string[]): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) problems.push(`${name} must be a whole number, 0 or more, got "${raw}"`);
  return n;
}

function oneOf<T extends string>(raw: string, allowed: readonly T[], name: string, problems: string[]): T {
  if (!(allowed as readonly string[]).includes(raw)) problems.push(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
  return raw as T;
}
