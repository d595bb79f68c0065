import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Connection } from '@temporalio/client';
import type { TemporalNodeLayout } from './cluster-layout';
import { renderTemplate } from './render-template';
import type { ProcessSpec } from './supervisor';

const TEMPLATE = resolve(__dirname, 'temporal-node.yaml');
export const DYNAMIC_CONFIG = resolve(__dirname, 'dynamic-config.yaml');

export interface TemporalNodeInput {
  server: string;
  /** The folder the node's rendered configuration goes to (`<dir>/config/node.yaml`). */
  dir: string;
  node: TemporalNodeLayout;
  bindIp: string;
  publicFrontend: string;
  postgres: { host: string; port: number; user: string; password: string };
  historyShards: number;
}

/** The process of one Temporal node: its configuration rendered from cluster/temporal-node.yaml. */
export function temporalNodeProcess(input: TemporalNodeInput): ProcessSpec {
  const { node } = input;
  mkdirSync(join(input.dir, 'config'), { recursive: true });
  const config = renderTemplate(readFileSync(TEMPLATE, 'utf8'), {
    NODE_BIND_IP: input.bindIp, NODE_BROADCAST_IP: input.bindIp,
    FRONTEND_PORT: String(node.frontend), FRONTEND_HTTP_PORT: String(node.frontendHttp),
    HISTORY_PORT: String(node.history), MATCHING_PORT: String(node.matching), WORKER_PORT: String(node.worker),
    FRONTEND_MEMBERSHIP_PORT: String(node.frontendMembership), HISTORY_MEMBERSHIP_PORT: String(node.historyMembership),
    MATCHING_MEMBERSHIP_PORT: String(node.matchingMembership), WORKER_MEMBERSHIP_PORT: String(node.workerMembership),
    METRICS_PORT: String(node.metrics),
    PG_HOST: input.postgres.host, PG_PORT: String(input.postgres.port), PG_USER: input.postgres.user, PG_PASSWORD: input.postgres.password,
    NUM_HISTORY_SHARDS: String(input.historyShards),
    PUBLIC_FRONTEND: input.publicFrontend,
    DYNAMIC_CONFIG,
    // Loopback: no TLS. Production sets these (README).
    TLS_NODE_CERT: '', TLS_NODE_KEY: '', TLS_FRONTEND_CERT: '', TLS_FRONTEND_KEY: '', TLS_CA_LIST: '',
    TLS_REQUIRE_CLIENT_AUTH: 'false', TLS_NODE_SERVER_NAME: '', TLS_FRONTEND_SERVER_NAME: '',
  });
  writeFileSync(join(input.dir, 'config', 'node.yaml'), config);
  const address = `${input.bindIp}:${node.frontend}`;
  return {
    name: node.name,
    command: input.server,
    // No authorizer on loopback; production sets mTLS and an authorizer (README).
    args: ['--root', input.dir, '--config', 'config', '--env', 'node', '--allow-no-auth', 'start'],
    ready: () => waitForFrontend(address, 90_000),
  };
}

/** Waits until a Temporal frontend answers GetSystemInfo. */
export async function waitForFrontend(address: string, withinMs: number): Promise<void> {
  const deadline = Date.now() + withinMs;
  let last: unknown = null;
  while (Date.now() < deadline) {
    try {
      const connection = await Connection.connect({ address, connectTimeout: 1000 });
      try {
        await connection.workflowService.getSystemInfo({});
        return;
      } finally {
        await connection.close();
      }
    } catch (e) {
      last = e;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  throw new Error(`the Temporal frontend on ${address} did not answer within ${withinMs / 1000} s: ${String(last)}`);
}
