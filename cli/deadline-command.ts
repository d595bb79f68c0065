import { toBishkekIso } from '../law/bishkek-time';
import { resolveDeadline } from '../law/deadline-request';
import { CliError, parseArgs } from './cli-error';

/** `icj deadline <limit-id> --from <instant> [--child] [--gravity <category>]`: due instant (+06:00), then warnings. */
export async function runDeadline(args: string[]): Promise<void> {
  const { positional, options } = parseArgs(args, ['child']);
  const [limit] = positional;
  if (!limit || !options.from) throw new CliError('usage: icj deadline <limit-id> --from <ISO 8601 instant> [--child] [--gravity <category>]');
  const result = resolveDeadline({ limit, from: options.from, child: options.child === 'true', gravity: options.gravity });
  if ('errors' in result) throw new CliError(result.errors.map((e) => e.message).join('; '));
  process.stdout.write([result.deadline.dueAt, ...result.deadline.warnAt].map(toBishkekIso).join('\n') + '\n');
}
