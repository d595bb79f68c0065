import { lintProcedure } from '../bpmn/lint/lint-procedure';
import { CliError, parseArgs } from './cli-error';
import { problemLine, readDiagramFile } from './compile-command';

/**
 * `icj lint <file.bpmn>`: the compiler's and the legal lint rules' errors on stdout, one per line
 * beginning with the element id, warnings on stderr; exit 1 on any error.
 */
export async function runLint(args: string[]): Promise<void> {
  const file = parseArgs(args).positional[0];
  if (!file) throw new CliError('usage: icj lint <file.bpmn>');
  const problems = await lintProcedure(await readDiagramFile(file));
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  if (warnings.length > 0) process.stderr.write(warnings.map((w) => `${problemLine(w)}\n`).join(''));
  if (errors.length > 0) {
    process.stdout.write(errors.map((e) => `${problemLine(e)}\n`).join(''));
    throw new CliError(`${file}: ${errors.length} error(s)`);
  }
}
