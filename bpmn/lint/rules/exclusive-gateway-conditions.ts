import type { Reporter, RuleDefinition } from 'bpmnlint/lib/types';
import type { BpmnElement } from '../../bpmn-element';
import { outgoingFlows } from '../outgoing-flows';
import { reportProblem } from '../report-problem';

/** Every flow out of a deciding exclusive gateway has a condition, except its default flow. */
export = function exclusiveGatewayConditions(): RuleDefinition {
  return {
    check(node: BpmnElement, reporter: Reporter) {
      if (node.$type !== 'bpmn:ExclusiveGateway' || !node.id) return;
      const outgoing = outgoingFlows(node);
      if (outgoing.length < 2) return;
      for (const flow of outgoing) {
        if (flow !== node.default && !flow.conditionExpression?.body?.trim() && flow.id) {
          reportProblem(reporter, flow.id, 'exclusive-gateway-conditions', `Sequence flow ${flow.id} leaves the decision ${node.id} without a condition and is not its default flow: give it a condition, or make it the default.`, { flow: flow.id, gateway: node.id });
        }
      }
    },
  };
};
