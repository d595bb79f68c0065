import { readFileSync } from 'node:fs';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { loadConfig } from '../config';
import { runSimulation } from '../simulation/run-simulation';
import { validateScenario, type Scenario } from '../simulation/scenario';
import { CliError, parseArgs } from './cli-error';

/** `icj simulate <file.bpmn> <scenario.json>`: prints the trace as JSON; exit 1 when an expectation fails. */
export async function runSimulate(args: string[]): Promise<void> {
  const { positional } = parseArgs(args);
  const [bpmnFile, scenarioFile] = positional;
  if (!bpmnFile || !scenarioFile) throw new CliError('usage: icj simulate <file.bpmn> <scenario.json>');
  const xml = readText(bpmnFile);
  let scenario: unknown;
  try {
    scenario = JSON.parse(readText(scenarioFile));
  } catch (e) {
    throw new CliError(`${scenarioFile} is not JSON: ${(e as Error).message}`);
  }
  const problems = validateScenario(scenario);
  if (problems.length > 0) throw new CliError(`${scenarioFile}: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`);
  // stdout carries the trace alone; the SDK speaks on stderr, and only of problems.
  Runtime.install({
    logger: new DefaultLogger('WARN', (entry) => process.stderr.write(`${entry.level} ${entry.message}\n`)),
    telemetryOptions: { logging: { filter: { core: 'WARN', other: 'ERROR' }, forward: {} } },
  });
  const trace = await runSimulation(xml, scenario as Scenario, { engineCacheDir: loadConfig(process.env).engineCacheDir });
  process.stdout.write(`${JSON.stringify(trace, null, 2)}\n`);
  if (!trace.ok) {
    const failed = trace.steps.filter((s) => !s.ok).map((s) => `step ${s.index + 1}: ${s.detail ?? 'failed'}`);
    throw new CliError(`the scenario failed:\n${failed.join('\n')}`);
  }
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new CliError(`cannot read ${file}: ${(e as Error).message}`);
  }
}
