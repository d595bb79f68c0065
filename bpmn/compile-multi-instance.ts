import type { BpmnElement } from './bpmn-element';
import { feelProblem, feelProblemWords, feelText } from './feel-expression';
import { icjAttribute } from './icj-attribute';
import type { ProblemLog } from './problem-log';
import type { MultiInstanceSpec } from './procedure-model';

/**
 * The multi-instance spec of a call activity or sub-process: one instance per item of
 * `icj:collection`, bound to `icj:elementVariable`. Null when the activity runs once, or (with an
 * error logged) when its loop cannot run.
 */
export function compileMultiInstance(activity: BpmnElement, log: ProblemLog): MultiInstanceSpec | null {
  const loop = activity.loopCharacteristics;
  if (!loop) return null;
  const id = activity.id as string;
  if (loop.$type !== 'bpmn:MultiInstanceLoopCharacteristics') {
    log.error(id, 'unsupported-loop.standard-loop', `Element ${id} repeats as a loop, which the procedure engine cannot run; use multi-instance with icj:collection, or a flow back through an exclusive gateway.`, { element: id });
    return null;
  }
  const before = log.errors.length;
  const rawCollection = icjAttribute(loop, 'collection');
  const elementVariable = icjAttribute(loop, 'elementVariable');
  if (rawCollection === null) {
    const missing = `Element ${id} runs once per item but does not say of what: set icj:collection to a FEEL list, e.g. suspects`;
    if (loop.$attrs?.['camunda:collection']) log.error(id, 'multi-instance-collection.camunda', `${missing} (camunda:collection is not read).`, { element: id });
    else log.error(id, 'multi-instance-collection', `${missing}.`, { element: id });
  } else {
    const problem = feelProblem(feelText(rawCollection));
    if (problem) log.error(id, 'feel-syntax.collection', `Element ${id}: icj:collection "${rawCollection}" cannot be read because ${feelProblemWords(problem)}.`, { element: id, expression: rawCollection, ...problem });
  }
  if (elementVariable === null) {
    log.error(id, 'multi-instance-variable.missing', `Element ${id} runs once per item but does not name the item: set icj:elementVariable, e.g. suspect.`, { element: id });
  } else if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(elementVariable)) {
    log.error(id, 'multi-instance-variable.invalid', `Element ${id}: icj:elementVariable "${elementVariable}" must be a simple name of letters, digits and _.`, { element: id, variable: elementVariable });
  }
  if (loop.loopCardinality) {
    log.error(id, 'multi-instance-cardinality', `Element ${id} repeats a fixed number of times (loop cardinality), which the procedure engine cannot run; use icj:collection.`, { element: id });
  }
  if (loop.completionCondition) {
    log.error(id, 'multi-instance-completion', `Element ${id} has a completion condition, which the procedure engine cannot run; every instance runs to its end.`, { element: id });
  }
  if (log.errors.length > before || rawCollection === null || elementVariable === null) return null;
  return { collection: feelText(rawCollection), elementVariable, parallel: loop.isSequential !== true };
}
