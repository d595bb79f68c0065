import type { Reporter, RuleDefinition } from 'bpmnlint/lib/types';
import type { BpmnElement } from '../../bpmn-element';
import { outgoingFlows } from '../outgoing-flows';
import { reportProblem } from '../report-problem';

/** A deciding exclusive gateway has a default flow; without one a case where no condition holds stops there. */
export = function exclusiveGatewayDefault(): RuleDefinition {
  return {
    check(node: BpmnElement, reporter: Reporter) {
      if (node.$type !== 'bpmn:ExclusiveGateway' || !node.id || node.default || outgoingFlows(node).length < 2) return;
      reportProblem(reporter, node.id, 'exclusive-gateway-default', `Exclusive gateway ${node.id} has no default flow: a case for which no condition holds stops there until legal staff correct the diagram.`, { gateway: node.id });
    },
  };
};
