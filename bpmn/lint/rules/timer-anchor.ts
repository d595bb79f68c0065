import type { Reporter, RuleDefinition } from 'bpmnlint/lib/types';
import type { BpmnElement } from '../../bpmn-element';
import { isTimerEvent, timerAttribute } from '../../timer-attribute';
import type { LegalCatalogue } from '../legal-catalogue';
import { reportProblem } from '../report-problem';

/** A timer citing a limit says when the limit started (icj:anchor); without it the limit runs from the moment the timer is armed. */
export = function timerAnchor(catalogue: LegalCatalogue): RuleDefinition {
  return {
    check(node: BpmnElement, reporter: Reporter) {
      if (!isTimerEvent(node) || !node.id) return;
      const limit = catalogue.limits.find((l) => l.id === timerAttribute(node, 'limit'));
      if (!limit || timerAttribute(node, 'anchor') !== null) return;
      reportProblem(reporter, node.id, 'timer-anchor', `Timer ${node.id} has no icj:anchor, so ${limit.id} is counted from the moment the procedure reaches it; the law counts it from: ${limit.startsAt}.`, { timer: node.id, limit: limit.id, startsAt: limit.startsAt });
    },
  };
};
