import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { Client } from '@temporalio/client';
import { loadConfig } from '../../config';
import { startInProcessSystem } from '../../system/in-process-system';
import { demoSession, forgetDemoSession, signInDemoUser } from './demo-sign-in';
import { devServer, seededDatabase, testDatabase, workflowBundle } from './engines';

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
  /** The bearer token of a demo user's session (shared by every stack of the test process: test/support/demo-sign-in.ts). */
  tokenFor(user: string): Promise<string>;
  stop(): Promise<void>;
}

/**
 * The whole system in this process against real engines: PostgreSQL, the Temporal CLI dev server,
 * a case worker on its own task queue, and the API (serving the built UI) on a free port.
 */
export async function startTestStack(options: { database?: { url: string; ownerUrl: string } } = {}): Promise<TestStack> {
  // A database of its own (a scratch one, migrated and seeded here) for a test whose users would disturb the others: the run's otherwise.
  const own = options.database ? { db: await seededDatabase(options.database), url: options.database.url } : null;
  const { db, url } = own ?? await testDatabase();
  const temporal = await devServer();
  const config = loadConfig({
    NODE_ENV: 'test', PORT: '0', DATABASE_URL: url, TEMPORAL_ADDRESS: temporal.address,
    TEMPORAL_TASK_QUEUE: `stack-${randomUUID()}`, LOG_LEVEL: 'error',
  });
  const log = Object.assign(() => {}, { error: () => {} });
  const running = await startInProcessSystem({ ...config, temporalAddress: temporal.address }, db, log, await workflowBundle());

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

  // The run's shared sessions belong to the run's database; a stack on its own signs in for itself.
  const ownSessions = new Map<string, Promise<string>>();
  const tokenFor = own
    ? (user: string) => {
      if (!ownSessions.has(user)) ownSessions.set(user, signInDemoUser(running.url, user).then((s) => s.token));
      return ownSessions.get(user)!;
    }
    : async (user: string) => (await demoSession(running.url, user)).token;

  return {
    baseUrl: running.url,
    db,
    client: running.client,
    async api(path, init = {}) {
      const user = init.user === undefined ? 'officer1' : init.user;
      if (user === null) return call(path, init);
      const token = await tokenFor(user);
      const answer = await call(path, { ...init, token });
      // The shared session ended (another test signed the user out): once more, signed in anew.
      if (answer.status !== 401 || answer.body?.code !== 'sign-in-first') return answer;
      forgetDemoSession(user, token);
      return call(path, { ...init, token: await tokenFor(user) });
    },
    tokenFor,
    async stop() {
      await running.stop();
      if (own) await own.db.destroy();
    },
  };
}
