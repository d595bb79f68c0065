import { compileDefinitions } from './compile-definitions';
import type { CompileResult } from './procedure-model';
import { readDiagram } from './read-diagram';

/**
 * Compiles BPMN XML (with `icj:` attributes) into the ProcedureModel the case workflow runs. Bad
 * BPMN is reported, not swallowed: every error and warning names the element it concerns, and the
 * model is null when there is any error.
 */
export async function compileProcedure(xml: string): Promise<CompileResult> {
  const read = await readDiagram(xml);
  if ('errors' in read) return { model: null, errors: read.errors, warnings: [] };
  return compileDefinitions(read.definitions, read.warnings);
}
