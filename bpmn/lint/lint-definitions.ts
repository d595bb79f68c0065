import { Linter } from 'bpmnlint';
import type { BpmnElement } from '../bpmn-element';
import { codedParams } from '../problem-codes';
import type { DiagramProblemParams } from '../procedure-model';
import { icjLintConfig } from './icj-lint-config';
import { icjRuleResolver } from './icj-rules';
import type { LegalCatalogue } from './legal-catalogue';
import type { LintProblem } from './lint-problem';

/** Runs the icj bpmnlint rules over parsed definitions (no I/O: usable in the browser with a catalogue from the API). */
export async function lintDefinitions(definitions: BpmnElement, catalogue: LegalCatalogue): Promise<LintProblem[]> {
  const linter = new Linter({ resolver: icjRuleResolver, config: icjLintConfig(catalogue) });
  const results = await linter.lint(definitions);
  return Object.entries(results).flatMap(([name, reports]) => reports.map((r): LintProblem => {
    const elementId = r.id ?? definitions.id ?? 'definitions';
    const severity = r.category === 'warn' || r.category === 'info' ? 'warning' : 'error';
    if (r.category === 'rule-error') {
      // a rule that throws is a fault of ours, told as one problem of its own
      const { rule, params } = codedParams('lint-rule-failed', { lintRule: name, error: r.message });
      return { elementId, rule, message: `The lint rule ${name} failed: ${r.message}`, params, severity };
    }
    const params = (r.params ?? {}) as DiagramProblemParams;
    return { elementId, rule: name.replace(/^icj\//, ''), message: r.message, params, severity };
  }));
}
