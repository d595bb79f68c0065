import type { Reporter, RuleDefinition } from 'bpmnlint/lib/types';
import type { BpmnElement } from '../../bpmn-element';
import { isTimerEvent, timerAttribute } from '../../timer-attribute';
import type { LegalCatalogue } from '../legal-catalogue';
import { reportProblem } from '../report-problem';

/** Every timer that cites a limit (icj:limit) cites one the rulebook has. */
export = function timerLimitExists(catalogue: LegalCatalogue): RuleDefinition {
  return {
    check(node: BpmnElement, reporter: Reporter) {
      if (!isTimerEvent(node) || !node.id) return;
      const limit = timerAttribute(node, 'limit');
      if (limit !== null && !catalogue.limits.some((l) => l.id === limit)) {
        reportProblem(reporter, node.id, 'timer-limit-exists', `Timer ${node.id} cites the limit "${limit}", which is not in the rulebook; cite an existing limit, e.g. detention.max.`, { timer: node.id, limit });
      }
    },
  };
};
