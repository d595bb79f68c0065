import { readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join, resolve } from 'node:path';
import type { ClusterLayout } from './cluster-layout';
import { renderTemplate } from './render-template';
import type { ProcessSpec } from './supervisor';

const TEMPLATE = resolve(__dirname, 'haproxy.cfg');

/** HAProxy in front of the API processes and the Temporal frontends, rendered from cluster/haproxy.cfg. */
export function loadBalancerProcess(haproxy: string, dir: string, layout: ClusterLayout): ProcessSpec {
  const file = join(dir, 'haproxy.cfg');
  writeFileSync(file, renderTemplate(readFileSync(TEMPLATE, 'utf8'), {
    BIND_IP: layout.bindIp,
    API_PORT: String(layout.apiPort),
    TEMPORAL_PORT: String(layout.temporalPort),
    STATS_PORT: String(layout.statsPort),
    API_SERVERS: layout.apis.map((a) => `  server ${a.name} ${layout.bindIp}:${a.port} check`).join('\n'),
    TEMPORAL_SERVERS: layout.nodes.map((n) => `  server ${n.name} ${layout.bindIp}:${n.frontend} check`).join('\n'),
  }));
  return {
    name: 'load-balancer',
    command: haproxy,
    args: ['-f', file, '-db'],
    ready: () => waitForPort(layout.bindIp, layout.apiPort, 10_000),
  };
}

/** Waits until something accepts TCP connections on a port. */
export async function waitForPort(host: string, port: number, withinMs: number): Promise<void> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const open = await new Promise<boolean>((r) => {
      const socket = connect({ host, port }, () => { socket.end(); r(true); });
      socket.once('error', () => r(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`nothing listens on ${host}:${port} after ${withinMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
