import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Prometheus metrics of one process. */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    httpDuration: new Histogram({
      name: 'icj_http_request_duration_seconds', help: 'API request duration', labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10], registers: [registry],
    }),
    recordsWritten: new Counter({
      name: 'icj_records_written_total', help: 'Procedural records appended', labelNames: ['record_type'], registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
