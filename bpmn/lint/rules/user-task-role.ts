import type { Reporter, RuleDefinition } from 'bpmnlint/lib/types';
import type { BpmnElement } from '../../bpmn-element';
import { icjAttribute } from '../../icj-attribute';
import type { LegalCatalogue } from '../legal-catalogue';
import { reportProblem } from '../report-problem';

/** Every user task names the role that performs it (icj:role), and the role exists. */
export = function userTaskRole(catalogue: LegalCatalogue): RuleDefinition {
  return {
    check(node: BpmnElement, reporter: Reporter) {
      if (node.$type !== 'bpmn:UserTask' || !node.id) return;
      const role = icjAttribute(node, 'role');
      if (role === null) {
        reportProblem(reporter, node.id, 'user-task-role.missing', `User task ${node.id} does not say who performs it: set icj:role to one of ${catalogue.roles.join(', ')}.`, { task: node.id, roles: catalogue.roles });
      } else if (!catalogue.roles.includes(role)) {
        reportProblem(reporter, node.id, 'user-task-role.unknown', `User task ${node.id} is to be performed by "${role}", which is not a role of the system; use one of ${catalogue.roles.join(', ')}.`, { task: node.id, role, roles: catalogue.roles });
      }
    },
  };
};
