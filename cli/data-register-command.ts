import { dataRegister, type Lang } from '../privacy/data-register';
import { CliError, parseArgs } from './cli-error';

/** `icj data-register [--lang ru|en]`: the register of personal data (both languages by default), as Markdown on stdout. */
export async function runDataRegister(args: string[]): Promise<void> {
  const lang = parseArgs(args).options.lang;
  if (lang !== undefined && lang !== 'ru' && lang !== 'en') throw new CliError('usage: icj data-register [--lang ru|en]');
  const langs: Lang[] = lang ? [lang] : ['ru', 'en'];
  process.stdout.write(langs.map((l) => dataRegister(l)).join('\n---\n\n'));
}
