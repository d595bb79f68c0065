import { Linter } from 'bpmnlint';
import type { BpmnElement } from '../bpmn-element';
import { icjLintConfig } from './icj-lint-config';
import { icjRuleResolver } from './icj-rules';
import type { LegalCatalogue } from './legal-catalogue';
import type { LintProblem } from './lint-problem';

/** Runs the icj bpmnlint rules over parsed definitions (no I/O: usable in the browser with a catalogue from the API). */
export async function lintDefinitions(definitions: BpmnElement, catalogue: LegalCatalogue): Promise<LintProblem[]> {
  const linter = new Linter({ resolver: icjRuleResolver, config: icjLintConfig(catalogue) });
  const results = await linter.lint(definitions);
  return Object.entries(results).flatMap(([name, reports]) => reports.map((r): LintProblem => ({
    elementId: r.id ?? definitions.id ?? 'definitions',
    rule: name.replace(/^icj\//, ''),
    message: r.category === 'rule-error' ? `The lint rule ${name} failed: ${r.message}` : r.message,
    severity: r.category === 'warn' || r.category === 'info' ? 'warning' : 'error',
  })));
}
