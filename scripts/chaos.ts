/**
 * `npm run chaos`: the fault suite (chaos/run-chaos.ts) on a cluster of its own (a fresh data
 * folder, CLUSTER_BASE_PORT, default 7400), printing the table of what survived; exit 1 when
 * anything failed. Knobs: CHAOS_GAP_SECONDS (20) between faults, CHAOS_PG_DOWN_SECONDS (10),
 * CHAOS_LOOPS (2) of load, CHAOS_DUE_PER_FAULT (2) liberty limits due inside each outage.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../config';
import { formatChaosTable } from '../chaos/chaos-report';
import { runChaos } from '../chaos/run-chaos';

const knob = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'icj-chaos-'));
  chmodSync(dataDir, 0o755);
  const config = { ...loadConfig(process.env), dataDir };
  const started = Date.now();
  try {
    const { rows, passed } = await runChaos(config, {
      gapSeconds: knob('CHAOS_GAP_SECONDS', 20), postgresDownSeconds: knob('CHAOS_PG_DOWN_SECONDS', 10),
      loops: knob('CHAOS_LOOPS', 2), duePerFault: knob('CHAOS_DUE_PER_FAULT', 2),
      log: (line) => process.stderr.write(`chaos: ${line}\n`),
    });
    process.stdout.write(`\n${formatChaosTable(rows)}\n\nchaos: ${passed ? 'passed' : 'FAILED'} in ${Math.round((Date.now() - started) / 1000)} s\n`);
    process.exitCode = passed ? 0 : 1;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(`${(e as Error)?.stack ?? e}\n`);
  process.exit(1);
});
