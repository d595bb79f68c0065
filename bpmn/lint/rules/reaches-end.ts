import type { Reporter, RuleDefinition } from 'bpmnlint/lib/types';
import type { BpmnElement } from '../../bpmn-element';
import { FlowGraph } from '../../flow-graph';
import { reportProblem } from '../report-problem';

/**
 * From every element a path leads to an end event. Elements that stop dead are no-dead-end's
 * concern; this rule finds those caught in a loop with no way out.
 */
export = function reachesEnd(): RuleDefinition {
  return {
    check(node: BpmnElement, reporter: Reporter) {
      if (node.$type !== 'bpmn:Process' && node.$type !== 'bpmn:SubProcess') return;
      const graph = FlowGraph.of(node);
      const stops = [...graph.nodes].filter(([id, el]) => el.$type === 'bpmn:EndEvent' || graph.successors(id).length === 0).map(([id]) => id);
      const finishing = graph.reaching(stops);
      for (const id of graph.nodes.keys()) {
        if (!finishing.has(id)) {
          reportProblem(reporter, id, 'reaches-end', `Element ${id} never reaches an end event: every path from it goes round a loop with no way out.`, { element: id });
        }
      }
    },
  };
};
