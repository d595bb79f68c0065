import type { Reporter, RuleDefinition } from 'bpmnlint/lib/types';
import type { BpmnElement } from '../../bpmn-element';
import { outgoingFlows } from '../outgoing-flows';

/** A deciding exclusive gateway has a default flow; without one a case where no condition holds stops there. */
export = function exclusiveGatewayDefault(): RuleDefinition {
  return {
    check(node: BpmnElement, reporter: Reporter) {
      if (node.$type !== 'bpmn:ExclusiveGateway' || !node.id || node.default || outgoingFlows(node).length < 2) return;
      reporter.report(node.id, `Exclusive gateway ${node.id} has no default flow: a case for which no condition holds stops there until legal staff correct the diagram.`);
    },
  };
};
