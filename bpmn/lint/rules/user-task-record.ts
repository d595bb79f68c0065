import type { Reporter, RuleDefinition } from 'bpmnlint/lib/types';
import type { BpmnElement } from '../../bpmn-element';
import { icjAttribute } from '../../icj-attribute';
import type { LegalCatalogue } from '../legal-catalogue';
import { reportProblem } from '../report-problem';

/** Every user task produces a record whose schema exists (icj:record). */
export = function userTaskRecord(catalogue: LegalCatalogue): RuleDefinition {
  return {
    check(node: BpmnElement, reporter: Reporter) {
      if (node.$type !== 'bpmn:UserTask' || !node.id) return;
      const record = icjAttribute(node, 'record');
      if (record === null) {
        reportProblem(reporter, node.id, 'user-task-record.missing', `User task ${node.id} does not say which record it produces: set icj:record to a record type, e.g. measure-decision.`, { task: node.id });
      } else if (!catalogue.recordTypes.includes(record)) {
        reportProblem(reporter, node.id, 'user-task-record.unknown', `User task ${node.id} produces a record of type "${record}", but there is no such record schema; use one of: ${catalogue.recordTypes.join(', ')}.`, { task: node.id, record, recordTypes: catalogue.recordTypes });
      }
    },
  };
};
