import type { Reporter, RuleDefinition } from 'bpmnlint/lib/types';
import type { BpmnElement } from '../../bpmn-element';
import { isTimerEvent, timerAttribute } from '../../timer-attribute';
import type { LegalCatalogue } from '../legal-catalogue';
import { reportProblem } from '../report-problem';

/** A liberty limit warns someone before it expires: by icj:warn, or by the rulebook's own warnings. */
export = function libertyTimerWarnings(catalogue: LegalCatalogue): RuleDefinition {
  return {
    check(node: BpmnElement, reporter: Reporter) {
      if (!isTimerEvent(node) || !node.id) return;
      const limit = catalogue.limits.find((l) => l.id === timerAttribute(node, 'limit'));
      if (!limit?.libertyTerm || limit.warnings.length > 0 || timerAttribute(node, 'warn') !== null) return;
      reportProblem(reporter, node.id, 'liberty-timer-warnings', `Timer ${node.id} guards the liberty term ${limit.id}, but nobody is warned before it expires: set icj:warn, e.g. "P5D P1D".`, { timer: node.id, limit: limit.id });
    },
  };
};
