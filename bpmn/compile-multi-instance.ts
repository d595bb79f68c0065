import type { BpmnElement } from './bpmn-element';
import { feelSyntaxError, feelText } from './feel-expression';
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
    log.error(id, 'unsupported-loop', `Element ${id} repeats as a loop, which the procedure engine cannot run; use multi-instance with icj:collection, or a flow back through an exclusive gateway.`);
    return null;
  }
  const before = log.errors.length;
  const rawCollection = icjAttribute(loop, 'collection');
  const elementVariable = icjAttribute(loop, 'elementVariable');
  const camunda = loop.$attrs?.['camunda:collection'] ? ' (camunda:collection is not read)' : '';
  if (rawCollection === null) {
    log.error(id, 'multi-instance-collection', `Element ${id} runs once per item but does not say of what: set icj:collection to a FEEL list, e.g. suspects${camunda}.`);
  } else {
    const problem = feelSyntaxError(feelText(rawCollection));
    if (problem) log.error(id, 'feel-syntax', `Element ${id}: icj:collection "${rawCollection}" cannot be read because ${problem}.`);
  }
  if (elementVariable === null) {
    log.error(id, 'multi-instance-variable', `Element ${id} runs once per item but does not name the item: set icj:elementVariable, e.g. suspect.`);
  } else if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(elementVariable)) {
    log.error(id, 'multi-instance-variable', `Element ${id}: icj:elementVariable "${elementVariable}" must be a simple name of letters, digits and _.`);
  }
  if (loop.loopCardinality) {
    log.error(id, 'multi-instance-cardinality', `Element ${id} repeats a fixed number of times (loop cardinality), which the procedure engine cannot run; use icj:collection.`);
  }
  if (loop.completionCondition) {
    log.error(id, 'multi-instance-completion', `Element ${id} has a completion condition, which the procedure engine cannot run; every instance runs to its end.`);
  }
  if (log.errors.length > before || rawCollection === null || elementVariable === null) return null;
  return { collection: feelText(rawCollection), elementVariable, parallel: loop.isSequential !== true };
}
