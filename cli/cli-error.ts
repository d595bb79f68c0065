/** A command-line mistake: printed without a stack, exit 1. */
export class CliError extends Error {}

/** `--name value` options and positional arguments. */
export function parseArgs(args: string[], flags: string[] = []): { positional: string[]; options: Record<string, string> } {
  const positional: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const key = a.slice(2);
    if (flags.includes(key)) options[key] = 'true';
    else {
      const value = args[++i];
      if (value === undefined) throw new CliError(`--${key} needs a value`);
      options[key] = value;
    }
  }
  return { positional, options };
}
