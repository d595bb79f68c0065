import type { BpmnElement } from './bpmn-element';
import { describeElement, elementKind } from './describe-element';
import { feelProblem, feelProblemWords, feelText } from './feel-expression';
import type { FlowGraph } from './flow-graph';
import type { ProblemLog } from './problem-log';
import type { SequenceFlow } from './procedure-model';

/**
 * One sequence flow of a scope, with its FEEL condition. Null, with an error naming the flow,
 * when it has no source or target in the same scope or a condition the engine cannot evaluate.
 */
export function compileFlow(flow: BpmnElement, graph: FlowGraph, scopeId: string, log: ProblemLog): SequenceFlow | null {
  const id = flow.id as string;
  const source = flow.sourceRef;
  const target = flow.targetRef;
  if (!source?.id || !target?.id) {
    if (!source?.id) log.error(id, 'flow-endpoint-missing.source', `Sequence flow ${id} does not say where it starts (its source), or names an element that is not in the diagram.`, { flow: id });
    else log.error(id, 'flow-endpoint-missing.target', `Sequence flow ${id} does not say where it leads (its target), or names an element that is not in the diagram.`, { flow: id });
    return null;
  }
  if (!graph.nodes.has(source.id) || !graph.nodes.has(target.id)) {
    log.error(id, 'flow-crosses-scope', `Sequence flow ${id} connects ${source.id} and ${target.id}, which are not both in ${scopeId}; a flow cannot cross the border of a sub-process.`, { flow: id, source: source.id, target: target.id, scope: scopeId });
    return null;
  }
  const condition = compileCondition(flow, source, log);
  if (condition === undefined) return null;
  return { id, name: flow.name ?? null, sourceId: source.id, targetId: target.id, condition };
}

/** The flow's FEEL condition, null when it has none, undefined when it cannot be used. */
function compileCondition(flow: BpmnElement, source: BpmnElement, log: ProblemLog): string | null | undefined {
  const id = flow.id as string;
  const expression = flow.conditionExpression;
  if (!expression) return null;
  if (source.$type !== 'bpmn:ExclusiveGateway') {
    log.error(id, 'conditional-flow-source', `Sequence flow ${id} has a condition, but it leaves ${describeElement(source)} (${source.id}); only flows out of an exclusive gateway can have conditions.`, { flow: id, source: source.id as string, ...elementKind(source) });
    return undefined;
  }
  if (source.default === flow) {
    log.warning(id, 'default-flow-condition', `Sequence flow ${id} is the default flow of ${source.id}, so its condition is ignored: the default is taken when no other condition holds.`, { flow: id, gateway: source.id as string });
    return null;
  }
  const language = expression.language?.trim();
  if (language && !/feel/i.test(language)) {
    log.error(id, 'condition-language', `Sequence flow ${id}: its condition is written in ${language}; the procedure engine evaluates FEEL only.`, { flow: id, language });
    return undefined;
  }
  const raw = expression.body ?? '';
  const text = feelText(raw);
  const problem = feelProblem(text);
  if (problem) {
    log.error(id, 'feel-syntax.condition', `Sequence flow ${id}: the condition "${raw.trim()}" cannot be read because ${feelProblemWords(problem)}.`, { flow: id, expression: raw.trim(), ...problem });
    return undefined;
  }
  return text;
}
