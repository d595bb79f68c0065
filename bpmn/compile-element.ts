import type { BpmnElement } from './bpmn-element';
import { compileMultiInstance } from './compile-multi-instance';
import { compileTimer } from './compile-timer';
import { icjAttribute } from './icj-attribute';
import type { ProblemLog } from './problem-log';
import type { EscalationSpec, ProcedureElement } from './procedure-model';
import { elementKind } from './describe-element';
import { refusalHint, refusalMessage, type RefusalHint } from './refusal-message';

/** What compiling one element needs from the file: the processes a call activity may call. */
export interface ElementContext {
  log: ProblemLog;
  processes: ReadonlyMap<string, BpmnElement>;
}

/**
 * One flow node as a ProcedureElement, without its flows (the scope links them). Null, with an
 * error naming the element, when the engine cannot run it. Missing icj attributes are warnings:
 * a diagram drawn in another modeler still compiles; the lint rules insist on them.
 */
export function compileElement(el: BpmnElement, ctx: ElementContext): ProcedureElement | null {
  const { log } = ctx;
  const id = el.id as string;
  const base = { id, name: el.name ?? null, incoming: [] as string[], outgoing: [] as string[], stage: icjAttribute(el, 'stage') };
  const triggers = el.eventDefinitions ?? [];
  const trigger = triggers.length === 1 ? triggers[0].$type : triggers.length === 0 ? 'none' : 'multiple';
  const refuse = (advice?: RefusalHint): null => {
    const hint = refusalHint(el, advice);
    log.error(id, 'unsupported-element', refusalMessage(el, hint), { element: id, ...elementKind(el), hint });
    return null;
  };
  if (el.isForCompensation) {
    log.error(id, 'unsupported-element.compensation', `Element ${id} is a compensation activity, which the procedure engine cannot run; model the reversal as explicit tasks.`, { element: id });
    return null;
  }
  const repeatsTask = (): boolean => {
    if (!el.loopCharacteristics) return false;
    log.error(id, 'unsupported-loop.task', `Task ${id} repeats (a loop or multi-instance marker), which the procedure engine can do only for call activities and sub-processes; put the task in a sub-process with icj:collection.`, { task: id });
    return true;
  };

  switch (el.$type) {
    case 'bpmn:StartEvent':
      return trigger === 'none' ? { ...base, type: 'startEvent' } : refuse();
    case 'bpmn:EndEvent':
      if (trigger === 'none') return { ...base, type: 'endEvent', terminate: false, escalation: null };
      if (trigger === 'bpmn:TerminateEventDefinition') return { ...base, type: 'endEvent', terminate: true, escalation: null };
      if (trigger === 'bpmn:EscalationEventDefinition') return { ...base, type: 'endEvent', terminate: false, escalation: escalationOf(triggers[0]) };
      return refuse();
    case 'bpmn:IntermediateThrowEvent':
      return trigger === 'bpmn:EscalationEventDefinition' ? { ...base, type: 'escalationThrowEvent', escalation: escalationOf(triggers[0]) } : refuse();
    case 'bpmn:IntermediateCatchEvent': {
      if (trigger !== 'bpmn:TimerEventDefinition') return refuse();
      const timer = compileTimer(el, triggers[0], log);
      return timer && { ...base, type: 'timerCatchEvent', timer };
    }
    case 'bpmn:BoundaryEvent': {
      if (trigger !== 'bpmn:TimerEventDefinition') {
        return refuse(trigger === 'none' ? 'attach-timer' : undefined);
      }
      const attachedTo = el.attachedToRef?.id;
      if (!attachedTo) {
        log.error(id, 'boundary-detached.unattached', `Timer ${id} is not attached to any activity; attach it to the act whose time it limits.`, { timer: id });
        return null;
      }
      const timer = compileTimer(el, triggers[0], log);
      return timer && { ...base, type: 'boundaryTimerEvent', attachedTo, interrupting: el.cancelActivity !== false, timer };
    }
    case 'bpmn:UserTask': {
      if (repeatsTask()) return null;
      const record = icjAttribute(el, 'record');
      const role = icjAttribute(el, 'role');
      if (record === null) log.warning(id, 'user-task-record.missing', `User task ${id} does not say which record it produces (icj:record).`, { task: id });
      if (role === null) log.warning(id, 'user-task-role.missing', `User task ${id} does not say which role performs it (icj:role).`, { task: id });
      const collect = icjAttribute(el, 'collect');
      if (collect !== null && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(collect)) {
        log.error(id, 'user-task-collect', `User task ${id}: icj:collect "${collect}" must be a plain variable name (letters, digits, _).`, { task: id, collect });
        return null;
      }
      // ProcedureModel v2: the act's data keeps its name (measure-decision -> measureDecision.decidedAt).
      return { ...base, type: 'userTask', boundaryEvents: [], record, role, collect, as: record ? actVariable(record) : null };
    }
    case 'bpmn:ServiceTask': {
      if (repeatsTask()) return null;
      const action = icjAttribute(el, 'action');
      if (action === null) log.warning(id, 'service-task-action.missing', `Service task ${id} does not say which action it runs (icj:action).`, { task: id });
      return { ...base, type: 'serviceTask', boundaryEvents: [], action };
    }
    case 'bpmn:ExclusiveGateway':
      return { ...base, type: 'exclusiveGateway', defaultFlow: el.default?.id ?? null };
    case 'bpmn:ParallelGateway':
      return { ...base, type: 'parallelGateway' };
    case 'bpmn:CallActivity': {
      const called = el.calledElement?.trim();
      const multiInstance = compileMultiInstance(el, log);
      if (!called || !ctx.processes.has(called)) {
        const advice = 'draw the sub-procedure as a process in the same file and name its id';
        if (called) log.error(id, 'called-process-missing.unknown', `Call activity ${id} calls "${called}", which is not a process in this file; ${advice}.`, { element: id, process: called });
        else log.error(id, 'called-process-missing.unnamed', `Call activity ${id} does not say which process it calls (calledElement); ${advice}.`, { element: id });
        return null;
      }
      if (el.loopCharacteristics && !multiInstance) return null;
      return { ...base, type: 'callActivity', boundaryEvents: [], calledProcess: called, multiInstance };
    }
    case 'bpmn:SubProcess': {
      if (el.triggeredByEvent) return refuse();
      const multiInstance = compileMultiInstance(el, log);
      if (el.loopCharacteristics && !multiInstance) return null;
      return { ...base, type: 'subProcess', boundaryEvents: [], scope: id, multiInstance };
    }
    default:
      return refuse();
  }
}

function escalationOf(definition: BpmnElement): EscalationSpec {
  const escalation = definition.escalationRef;
  return { code: escalation?.escalationCode ?? null, name: escalation?.name ?? null };
}

/** The variable an act's record lands under: its record type in camelCase (`measure-decision` -> `measureDecision`). */
export function actVariable(recordType: string): string {
  return recordType.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}
