import type { Reporter, RuleDefinition } from 'bpmnlint/lib/types';
import type { BpmnElement } from '../../bpmn-element';
import { FlowGraph } from '../../flow-graph';
import { reportProblem } from '../report-problem';

/** Every element other than an end event has a way on. */
export = function noDeadEnd(): RuleDefinition {
  return {
    check(node: BpmnElement, reporter: Reporter) {
      if (node.$type !== 'bpmn:Process' && node.$type !== 'bpmn:SubProcess') return;
      const graph = FlowGraph.of(node);
      for (const [id, el] of graph.nodes) {
        if (el.$type === 'bpmn:EndEvent' || graph.successors(id).length > 0) continue;
        reportProblem(reporter, id, 'no-dead-end', `Element ${id} has no outgoing sequence flow: a case that reaches it would stop there without reaching an end event.`, { element: id });
      }
    },
  };
};
