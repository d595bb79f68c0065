import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { Client } from '@temporalio/client';
import { loadConfig } from '../../config';
import { DEMO_PASSWORD } from '../../db/seed-demo';
import { startInProcessSystem } from '../../system/in-process-system';
import { devServer, testDatabase, workflowBundle } from './engines';

export interface ApiAnswer {
  status: number;
  headers: Headers;
  body: any;
}

export interface TestStack {
  baseUrl: string;
  db: Knex;
  client: Client;
  /** Calls the API signed in as a demo user (default officer1); `user: null` calls anonymously. */
  api(path: string, init?: { method?: string; body?: unknown; user?: string | null; rawBody?: string }): Promise<ApiAnswer>;
  stop(): Promise<void>;
}

/**
 * The whole system in this process against real engines: PostgreSQL, the Temporal CLI dev server,
 * a case worker on its own task queue, and the API (serving the built UI) on a free port.
 */
export async function startTestStack(): Promise<TestStack> {
  const { db, url } = await testDatabase();
  const temporal = await devServer();
  const config = loadConfig({
    NODE_ENV: 'test', PORT: '0', DATABASE_URL: url, TEMPORAL_ADDRESS: temporal.address,
    TEMPORAL_TASK_QUEUE: `stack-${randomUUID()}`, LOG_LEVEL: 'error',
  });
  const log = Object.assign(() => {}, { error: () => {} });
  const running = await startInProcessSystem({ ...config, temporalAddress: temporal.address }, db, log, await workflowBundle());
  const tokens = new Map<string, string>();

  async function call(path: string, init: { method?: string; body?: unknown; token?: string; rawBody?: string } = {}): Promise<ApiAnswer> {
    const headers: Record<string, string> = {};
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    let body: string | undefined;
    if (init.rawBody !== undefined) body = init.rawBody;
    else if (init.body !== undefined) body = JSON.stringify(init.body);
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${running.url}${path}`, { method: init.method ?? 'GET', headers, body });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON (metrics, HTML)
    }
    return { status: res.status, headers: res.headers, body: parsed };
  }

  async function tokenFor(user: string): Promise<string> {
    const cached = tokens.get(user);
    if (cached) return cached;
    const res = await call('/api/auth/login', { method: 'POST', body: { username: user, password: DEMO_PASSWORD } });
    if (res.status !== 200) throw new Error(`login as ${user} failed: ${res.status} ${JSON.stringify(res.body)}`);
    tokens.set(user, res.body.token);
    return res.body.token;
  }

  return {
    baseUrl: running.url,
    db,
    client: running.client,
    async api(path, init = {}) {
      const user = init.user === undefined ? 'officer1' : init.user;
      return call(path, { ...init, token: user === null ? undefined : await tokenFor(user) });
    },
    stop: () => running.stop(),
  };
}
