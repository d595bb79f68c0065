import { compileDefinitions } from '../compile-definitions';
import { readDiagram } from '../read-diagram';
import { lintDefinitions } from './lint-definitions';
import type { LegalCatalogue } from './legal-catalogue';
import type { LintProblem } from './lint-problem';
import { shippedCatalogue } from './shipped-catalogue';

/**
 * Lints a procedure diagram for deployment: the compiler's errors and warnings plus the legal
 * rules (records, roles, actions, rulebook limits, liberty timers, decisions, dead ends). Errors
 * first; a finding both report (same rule and element) is listed once, as the error.
 */
export async function lintProcedure(xml: string, catalogue: LegalCatalogue = shippedCatalogue()): Promise<LintProblem[]> {
  const read = await readDiagram(xml);
  if ('errors' in read) return read.errors.map((p) => ({ ...p, severity: 'error' }));
  const compiled = compileDefinitions(read.definitions, read.warnings);
  const lint = await lintDefinitions(read.definitions, catalogue);
  const all: LintProblem[] = [
    ...compiled.errors.map((p) => ({ ...p, severity: 'error' as const })),
    ...lint.filter((p) => p.severity === 'error'),
    ...compiled.warnings.map((p) => ({ ...p, severity: 'warning' as const })),
    ...lint.filter((p) => p.severity === 'warning'),
  ];
  const seen = new Set<string>();
  return all.filter((p) => {
    const key = `${p.rule}\u0000${p.elementId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
