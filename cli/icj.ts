/**
 * `icj`: the system's pure functions and a few admin tasks on the command line.
 *   icj deadline <limit-id> --from <ISO 8601 instant> [--child] [--gravity <category>]
 *   icj verify <case id or register number>
 *   icj create-user --username U --full-name "F" --role R --unit CODE   (password on stdin)
 *   icj compile <file.bpmn> | icj lint <file.bpmn> | icj simulate <file.bpmn> <scenario.json>
 *   icj data-register [--lang ru|en]   the register of personal data (Law No. 58 of 2008)
 *   icj retention run [--at <instant>]  destroys the keys of personal data whose retention ended
 *   icj stats rebuild [--batch N]       recomputes the statistics facts of every case from its records
 *   icj seed-statistics --cases N [--seed S]  a synthetic national caseload (not in production)
 * Exit 0 on success, 1 with the reason on stderr otherwise.
 */
import { runDeadline } from './deadline-command';
import { runVerify } from './verify-command';
import { runCreateUser } from './create-user-command';
import { runCompile } from './compile-command';
import { runLint } from './lint-command';
import { runSimulate } from './simulate-command';
import { runDataRegister } from './data-register-command';
import { runRetentionCommand } from './retention-command';
import { runStatsCommand } from './stats-command';
import { runSeedStatistics } from './seed-statistics-command';
import { CliError } from './cli-error';

const commands: Record<string, (args: string[]) => Promise<void>> = {
  deadline: runDeadline,
  verify: runVerify,
  'create-user': runCreateUser,
  compile: runCompile,
  lint: runLint,
  simulate: runSimulate,
  'data-register': runDataRegister,
  retention: runRetentionCommand,
  stats: runStatsCommand,
  'seed-statistics': runSeedStatistics,
};

async function main(argv: string[]): Promise<void> {
  const [name, ...args] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) throw new CliError(`usage: icj <${Object.keys(commands).join('|')}> ...`);
  await command(args);
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (e) => {
    process.stderr.write(`icj: ${e instanceof CliError ? e.message : (e as Error)?.stack ?? e}\n`);
    process.exit(1);
  },
);
