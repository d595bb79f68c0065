import type { Reporter, RuleDefinition } from 'bpmnlint/lib/types';
import type { BpmnElement } from '../../bpmn-element';
import { icjAttribute } from '../../icj-attribute';
import type { LegalCatalogue } from '../legal-catalogue';
import { reportProblem } from '../report-problem';

/** Every service task runs an action of the allow-list (icj:action). */
export = function serviceTaskAction(catalogue: LegalCatalogue): RuleDefinition {
  return {
    check(node: BpmnElement, reporter: Reporter) {
      if (node.$type !== 'bpmn:ServiceTask' || !node.id) return;
      const action = icjAttribute(node, 'action');
      if (action === null) {
        reportProblem(reporter, node.id, 'service-task-action.missing', `Service task ${node.id} does not say what it does: set icj:action to one of ${catalogue.actions.join(', ')}.`, { task: node.id, actions: catalogue.actions });
      } else if (!catalogue.actions.includes(action)) {
        reportProblem(reporter, node.id, 'service-task-action.unknown', `Service task ${node.id} runs "${action}", which is not an automatic act the system can perform; use one of ${catalogue.actions.join(', ')}.`, { task: node.id, action, actions: catalogue.actions });
      }
    },
  };
};
