import type { Reporter, RuleDefinition } from 'bpmnlint/lib/types';
import type { BpmnElement } from '../../bpmn-element';
import { icjAttribute } from '../../icj-attribute';
import { isTimerEvent, timerAttribute } from '../../timer-attribute';
import { isLibertyRecord } from '../liberty-record';
import { reportProblem } from '../report-problem';

/**
 * A timer on an act that decides on someone's liberty (detention, custody, release: directly, or
 * inside the sub-process or called process it limits) cites its rulebook limit, so that the term is
 * the statutory one and moves with the court's decisions, rather than a fixed duration.
 */
export = function libertyTimerLimit(): RuleDefinition {
  return {
    check(node: BpmnElement, reporter: Reporter) {
      if (node.$type !== 'bpmn:BoundaryEvent' || !isTimerEvent(node) || !node.id || !node.attachedToRef) return;
      if (timerAttribute(node, 'limit') !== null) return;
      const record = libertyRecordIn(node.attachedToRef, new Set());
      if (record) {
        reportProblem(reporter, node.id, 'liberty-timer-limit', `Timer ${node.id} limits an act about liberty (the "${record}" record) but cites no rulebook limit: set icj:limit (e.g. detention.max), so that the term is the one the law sets.`, { timer: node.id, record });
      }
    },
  };
};

/** The first liberty record an activity produces, looking into sub-processes and called processes. */
function libertyRecordIn(activity: BpmnElement, seen: Set<BpmnElement>): string | null {
  if (seen.has(activity)) return null;
  seen.add(activity);
  if (activity.$type === 'bpmn:UserTask') {
    const record = icjAttribute(activity, 'record');
    return record !== null && isLibertyRecord(record) ? record : null;
  }
  const inside = activity.$type === 'bpmn:CallActivity' ? calledProcess(activity) : activity;
  for (const el of inside?.flowElements ?? []) {
    const found = libertyRecordIn(el, seen);
    if (found) return found;
  }
  return null;
}

function calledProcess(callActivity: BpmnElement): BpmnElement | undefined {
  let definitions = callActivity.$parent;
  while (definitions && definitions.$type !== 'bpmn:Definitions') definitions = definitions.$parent;
  return definitions?.rootElements?.find((r) => r.$type === 'bpmn:Process' && r.id === callActivity.calledElement);
}
