import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clusterLayout } from '../../cluster/cluster-layout';
import { renderTemplate } from '../../cluster/render-template';

describe('cluster: configuration templates and the port layout (pure)', () => {
  it('replaces every variable outside comments and refuses to render with one missing', () => {
    assert.equal(renderTemplate('# ${DOC}\nport: ${P}', { P: '7' }), '# ${DOC}\nport: 7');
    assert.throws(() => renderTemplate('a: ${A}\nb: ${B}', { A: '1' }), /not given: B/);
  });

  it('the shipped templates name only variables the renderers give', () => {
    const vars = (file: string) => [...new Set([...readFileSync(join(__dirname, '../../cluster', file), 'utf8').split('\n')
      .filter((l) => !l.trimStart().startsWith('#')).join('\n').matchAll(/\$\{([A-Z0-9_]+)\}/g)].map((m) => m[1]))].sort();
    assert.deepEqual(vars('haproxy.cfg'), ['API_PORT', 'API_SERVERS', 'BIND_IP', 'STATS_PORT', 'TEMPORAL_PORT', 'TEMPORAL_SERVERS']);
    assert.ok(vars('temporal-node.yaml').includes('NUM_HISTORY_SHARDS'));
  });

  it('gives every process of two nodes, two APIs and the balancer its own port', () => {
    const l = clusterLayout(7400);
    const ports = [l.apiPort, l.temporalPort, l.statsPort, l.postgresPort, ...l.apis.map((a) => a.port),
      ...l.nodes.flatMap((n) => [n.frontend, n.frontendHttp, n.history, n.matching, n.worker, n.frontendMembership, n.historyMembership, n.matchingMembership, n.workerMembership, n.metrics])];
    assert.equal(new Set(ports).size, ports.length);
    assert.throws(() => clusterLayout(65_500), RangeError);
  });
});
