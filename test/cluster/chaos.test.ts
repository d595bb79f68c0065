import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../config';
import { formatChaosTable } from '../../chaos/chaos-report';
import { runChaos } from '../../chaos/run-chaos';

/**
 * The short fault suite on the production topology: two Temporal server nodes on PostgreSQL, two
 * workers, two API processes behind HAProxy (npm run cluster), each of a worker, an API process, a
 * Temporal node and PostgreSQL killed with SIGKILL in turn under load. The full run is
 * `npm run chaos`; its table is in the README.
 */
describe('cluster: faults survived on the production topology (short fault suite)', function () {
  this.timeout(600_000);
  let dataDir: string;

  before(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'icj-chaos-test-'));
    chmodSync(dataDir, 0o755);
  });
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  it('when a worker, an API process, a Temporal node and PostgreSQL are killed in turn, nothing acknowledged is lost or doubled, nothing is stuck, every liberty limit due in an outage fires after it, every chain holds', async () => {
    const config = { ...loadConfig({ ...process.env, NODE_ENV: 'development', CLUSTER_BASE_PORT: '7700' }), dataDir };
    const lines: string[] = [];
    const { rows, passed, facts } = await runChaos(config, {
      gapSeconds: 3, postgresDownSeconds: 5, loops: 1, duePerFault: 1, log: (line) => lines.push(line),
    });
    const table = formatChaosTable(rows);
    assert.ok(passed, `${table}\n${lines.join('\n')}`);
    assert.equal(facts.faults.length, 4, table);
    assert.ok(facts.acknowledged.completions > 0, 'task completions went through the load balancer');
    assert.equal(facts.deadlines.length, 4, table);
  });
});
