/**
 * Where each process of the production topology listens when `npm run cluster` runs it on one
 * machine: consecutive loopback ports from CLUSTER_BASE_PORT. On several machines every node uses
 * the same numbers on its own address (README "Production: the Temporal cluster"). Pure.
 */
export interface TemporalNodeLayout {
  name: string;
  frontend: number;
  frontendHttp: number;
  history: number;
  matching: number;
  worker: number;
  frontendMembership: number;
  historyMembership: number;
  matchingMembership: number;
  workerMembership: number;
  metrics: number;
}

export interface ClusterLayout {
  bindIp: string;
  /** The load balancer: the API (HTTP) and the Temporal frontends (gRPC), and its status page. */
  apiPort: number;
  temporalPort: number;
  statsPort: number;
  postgresPort: number;
  nodes: TemporalNodeLayout[];
  apis: Array<{ name: string; port: number }>;
  workers: Array<{ name: string }>;
}

export function clusterLayout(base: number, counts = { nodes: 2, apis: 2, workers: 2 }): ClusterLayout {
  if (base + 20 + counts.nodes * 12 + counts.apis > 65535) throw new RangeError(`CLUSTER_BASE_PORT ${base} leaves too few ports above it`);
  const nodes = Array.from({ length: counts.nodes }, (_, i): TemporalNodeLayout => {
    const at = base + 20 + i * 12;
    return {
      name: `temporal-${i + 1}`,
      frontend: at, frontendHttp: at + 1, history: at + 2, matching: at + 3, worker: at + 4,
      frontendMembership: at + 5, historyMembership: at + 6, matchingMembership: at + 7, workerMembership: at + 8,
      metrics: at + 9,
    };
  });
  return {
    bindIp: '127.0.0.1',
    apiPort: base,
    temporalPort: base + 1,
    statsPort: base + 2,
    postgresPort: base + 3,
    nodes,
    apis: Array.from({ length: counts.apis }, (_, i) => ({ name: `api-${i + 1}`, port: base + 10 + i })),
    workers: Array.from({ length: counts.workers }, (_, i) => ({ name: `worker-${i + 1}` })),
  };
}
