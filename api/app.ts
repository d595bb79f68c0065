import express, { type Express, type Request } from 'express';
import helmet from 'helmet';
import { timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { DomainDeps } from '../domain/deps';
import type { Metrics } from './metrics';
import { openApiDocument } from './openapi';
import type { PayloadCodec } from '@temporalio/common';
import { codecPayloads } from '../domain/codec-payloads';
import { OUTAGE_RETRY_AFTER_SECONDS, problemHandler, sendProblem } from './problem';
import { authRoutes } from './routes/auth';
import { caseRoutes } from './routes/cases';
import { escalationRoutes } from './routes/escalations';
import { lawRoutes } from './routes/law';
import { adminRoutes } from './routes/admin';
import { auditRoutes } from './routes/audit';
import { retentionRoutes } from './routes/retention';
import { statisticsRoutes } from './routes/statistics';
import { procedureRoutes } from './routes/procedures';
import { schemaRoutes } from './routes/schemas';
import { taskRoutes } from './routes/tasks';
import { requireSession, userOf, type SessionSigner } from './session';


/** Time each dependency gets to answer a health check; the whole check stays under a second. */
const HEALTH_CHECK_MS = 700;

/** A promise's value, or a rejection once `ms` have passed. */
function withinMs<T>(ms: number, p: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms); });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

export interface ApiDeps {
  domain: DomainDeps;
  signer: SessionSigner;
  metrics: Metrics;
  /** Cookies marked Secure (behind HTTPS in production). */
  secureCookies: boolean;
  sessionTtlSeconds: number;
  sessionIdleSeconds: number;
  /** Built UI to serve, if present. */
  uiDir: string | null;
  trustProxy: string | false;
  exposeErrors: boolean;
  /** Bearer token of /metrics (config METRICS_TOKEN); null: loopback callers only. */
  metricsToken: string | null;
  /** An alert for a user who reads the data of more distinct persons than this in an hour. */
  accessAlertPersonsPerHour: number;
  /** Statistics: counts below this are suppressed (config STATISTICS_THRESHOLD). */
  statisticsThreshold: number;
  /** The Temporal payload codec, for the Web UI's codec endpoint. */
  codec: PayloadCodec;
  /** Origin of the Temporal Web UI allowed to call the codec endpoint with the user's session. */
  temporalUiOrigin: string | null;
  log: (message: string, fields?: Record<string, unknown>) => void;
}

/** /metrics for Prometheus: with the configured bearer token, or (no token configured) from this machine only. */
export function metricsAllowed(req: Pick<Request, 'headers'> & { socket: { remoteAddress?: string } }, token: string | null): boolean {
  if (token === null) return ['127.0.0.1', '::1', '::ffff:127.0.0.1'].includes(req.socket.remoteAddress ?? '');
  const sent = Buffer.from(req.headers.authorization ?? '');
  const wanted = Buffer.from(`Bearer ${token}`);
  return sent.length === wanted.length && timingSafeEqual(sent, wanted);
}

/** The HTTP edge: JSON API under /api, health and metrics, and the built UI. */
export function createApp(deps: ApiDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.trustProxy);
  app.use(helmet({
    contentSecurityPolicy: { directives: { upgradeInsecureRequests: deps.secureCookies ? [] : null } },
  }));
  app.use((req, res, next) => {
    const end = deps.metrics.httpDuration.startTimer();
    res.on('finish', () => end({ method: req.method, route: req.route?.path ?? (req.path.startsWith('/api') ? 'unmatched' : 'static'), status: res.statusCode }));
    next();
  });

  app.get('/healthz', async (_req, res) => {
    // Both checks at once, each given HEALTH_CHECK_MS: a load balancer asks every half second and
    // must learn of a frozen dependency at once. The answer says which is down, never how.
    const check = async (name: string, probe: () => Promise<unknown>) => {
      try {
        await withinMs(HEALTH_CHECK_MS, probe());
        return 'ok';
      } catch (e) {
        deps.log(`healthz: ${name} unavailable`, { error: String((e as Error).message) });
        return 'unavailable';
      }
    };
    const [database, temporal] = await Promise.all([
      check('database', () => deps.domain.db.raw('select 1').timeout(HEALTH_CHECK_MS, { cancel: true })),
      check('temporal', () => deps.domain.temporal.connection.withDeadline(Date.now() + HEALTH_CHECK_MS, () => deps.domain.temporal.connection.workflowService.getSystemInfo({}))),
    ]);
    const checks = { database, temporal };
    const ok = database === 'ok' && temporal === 'ok';
    if (!ok) res.setHeader('Retry-After', String(OUTAGE_RETRY_AFTER_SECONDS));
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'degraded', checks });
  });
  app.get('/metrics', async (req, res) => {
    if (!metricsAllowed(req, deps.metricsToken)) {
      return sendProblem(res, 401, 'Unauthorized', 'Send the metrics token as a bearer token', { code: 'metrics-token-required' });
    }
    res.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
  });

  const api = express.Router();
  // Answers of the API carry personal data: no browser or proxy keeps a copy.
  api.use((_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });
  api.use(express.json({ limit: '2mb' }));
  api.get('/openapi.json', (_req, res) => {
    res.json(openApiDocument());
  });
  api.use(schemaRoutes());
  api.use(lawRoutes());
  api.use(authRoutes(deps));
  // The Temporal Web UI calls the codec endpoint from its own origin, with the user's session cookie.
  api.use('/codec', (req, res, next) => {
    if (deps.temporalUiOrigin && req.headers.origin === deps.temporalUiOrigin) {
      res.set({ 'Access-Control-Allow-Origin': deps.temporalUiOrigin, 'Access-Control-Allow-Credentials': 'true', Vary: 'Origin' });
      if (req.method === 'OPTIONS') {
        res.set({ 'Access-Control-Allow-Methods': 'POST', 'Access-Control-Allow-Headers': 'content-type, x-namespace, authorization' });
        res.status(204).end();
        return;
      }
    }
    next();
  });
  // The Web UI's codec calls come with the session cookie from its own origin, not our pages: that origin is their proof.
  const fromTemporalUi = (req: Request) => deps.temporalUiOrigin !== null && req.path.startsWith('/codec/') && req.headers.origin === deps.temporalUiOrigin;
  api.use(requireSession(deps.signer, deps.domain.db, deps.sessionIdleSeconds, fromTemporalUi));
  api.post('/codec/decode', async (req, res) => {
    res.json(await codecPayloads(deps.domain, deps.codec, userOf(req), 'decode', req.body));
  });
  api.post('/codec/encode', async (req, res) => {
    res.json(await codecPayloads(deps.domain, deps.codec, userOf(req), 'encode', req.body));
  });
  api.use(caseRoutes(deps));
  api.use(taskRoutes(deps));
  api.use(escalationRoutes(deps));
  api.use(procedureRoutes(deps));
  api.use(adminRoutes(deps));
  api.use(auditRoutes(deps));
  api.use(retentionRoutes(deps));
  api.use(statisticsRoutes(deps));
  api.use((req, res) => sendProblem(res, 404, 'Not found', `No API route ${req.method} ${req.path}`, { code: 'not-found' }));
  app.use('/api', api);

  if (deps.uiDir && existsSync(join(deps.uiDir, 'index.html'))) {
    const uiDir = deps.uiDir;
    app.use(express.static(uiDir, { index: false, maxAge: '1h' }));
    // Client-side routes all load the single page.
    app.get(/^\/(?!api\/|healthz$|metrics$).*/, (_req, res) => res.sendFile(join(uiDir, 'index.html')));
  }
  app.use((req, res) => sendProblem(res, 404, 'Not found', `Nothing at ${req.path}`, { code: 'not-found' }));
  app.use(problemHandler({ exposeErrors: deps.exposeErrors, log: deps.log }));
  return app;
}
