import type { Reporter, RuleDefinition } from 'bpmnlint/lib/types';
import type { BpmnElement } from '../../bpmn-element';
import { caseVariables } from '../../case-variables';
import { actVariable } from '../../compile-element';
import { feelFreeNames } from '../../feel-free-names';
import { icjAttribute } from '../../icj-attribute';
import { reportProblem } from '../report-problem';

/**
 * A condition reads only names the diagram provides: an act's record under its name (since
 * ProcedureModel v2, `measureDecision.outcome`, no longer a flat `outcome`), a list of `icj:collect`,
 * a multi-instance element variable, or a variable of the case. An unknown name is null in FEEL,
 * so the gateway would quietly take another flow.
 */
export = function conditionVariables(): RuleDefinition {
  return {
    check(node: BpmnElement, reporter: Reporter) {
      const body = node.conditionExpression?.body?.trim();
      if (node.$type !== 'bpmn:SequenceFlow' || !node.id || !body) return;
      let names: string[];
      try {
        names = feelFreeNames(body);
      } catch {
        return; // a FEEL syntax error is the compiler's to report
      }
      const known = providedNames(definitionsOf(node));
      for (const name of names.filter((n) => !known.has(n))) {
        const example = exampleOf(known);
        reportProblem(reporter, node.id, 'condition-variables', `The condition of ${node.id} reads "${name}", which no act, list or case variable of this diagram provides (an act's fields are under its name, e.g. ${example}).`, { flow: node.id, name, example });
      }
    },
  };
};

function definitionsOf(node: BpmnElement): BpmnElement {
  let top = node;
  while (top.$parent) top = top.$parent;
  return top;
}

function providedNames(definitions: BpmnElement): Set<string> {
  const names = new Set<string>(caseVariables);
  const visit = (el: BpmnElement) => {
    const record = icjAttribute(el, 'record');
    if (record) names.add(actVariable(record));
    const collect = icjAttribute(el, 'collect');
    if (collect) names.add(collect);
    const variable = el.loopCharacteristics ? icjAttribute(el.loopCharacteristics, 'elementVariable') : null;
    if (variable) names.add(variable);
    for (const child of [...(el.rootElements ?? []), ...(el.flowElements ?? [])]) visit(child);
  };
  visit(definitions);
  return names;
}

function exampleOf(known: Set<string>): string {
  const act = [...known].find((n) => !(caseVariables as readonly string[]).includes(n));
  return act ? `${act}.outcome` : 'measureDecision.outcome';
}
