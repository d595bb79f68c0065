import { detentionLimit } from '../law/detention-limit';
import { toBishkekIso } from '../law/bishkek-time';
import { CliError, parseArgs } from './cli-error';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Prints the due instant (+06:00) on the first line, then the warning instants. */
export async function runDeadline(args: string[]): Promise<void> {
  const { positional, options } = parseArgs(args, ['child']);
  const [limitId] = positional;
  if (!limitId || !options.from) throw new CliError('usage: icj deadline <limit-id> --from <ISO 8601 instant> [--child]');
  if (!ISO_INSTANT.test(options.from) || Number.isNaN(Date.parse(options.from))) {
    throw new CliError(`not an ISO 8601 instant with a time zone: ${options.from}`);
  }
  if (limitId !== 'detention.max') throw new CliError(`unknown limit: ${limitId} (known: detention.max)`);
  const limit = detentionLimit(options.from, options.child === 'true');
  process.stdout.write([limit.dueAt, ...limit.warnAt].map(toBishkekIso).join('\n') + '\n');
}
