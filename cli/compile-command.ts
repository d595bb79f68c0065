import { readFile } from 'node:fs/promises';
import { compileProcedure } from '../bpmn/compile-procedure';
import type { DiagramProblem } from '../bpmn/procedure-model';
import { CliError, parseArgs } from './cli-error';

/**
 * `icj compile <file.bpmn>`: the ProcedureModel as JSON on stdout; or the errors on stdout, one per
 * line beginning with the element id, and exit 1. Warnings go to stderr either way.
 */
export async function runCompile(args: string[]): Promise<void> {
  const file = parseArgs(args).positional[0];
  if (!file) throw new CliError('usage: icj compile <file.bpmn>');
  const result = await compileProcedure(await readDiagramFile(file));
  if (result.warnings.length > 0) process.stderr.write(result.warnings.map((w) => `${problemLine(w)}\n`).join(''));
  if (!result.model) {
    process.stdout.write(result.errors.map((e) => `${problemLine(e)}\n`).join(''));
    throw new CliError(`${file}: ${result.errors.length} error(s), not compiled`);
  }
  process.stdout.write(`${JSON.stringify(result.model, null, 2)}\n`);
}

/** One problem on one line, beginning with the element id: `Task_7: Element Task_7 is ... [unsupported-element]`. */
export function problemLine(problem: DiagramProblem): string {
  return `${problem.elementId}: ${problem.message.replace(/\s*\n\s*/g, ' ')} [${problem.rule}]`;
}

/** The diagram file's text; a missing file is a command-line mistake, not a crash. */
export async function readDiagramFile(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    throw new CliError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}
