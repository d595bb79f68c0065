// The codes of diagram problems: what a person is told about a diagram, by stable name. Plain data,
// types and two small functions: the browser reads it too (ui/src/procedures/diagram-problem-message.ts).
import type { DiagramProblem, DiagramProblemParams } from './procedure-model';

/**
 * Every message the reader, the compiler, the lint rules and a deployment check give about a
 * diagram, by its code, with the names of the params it carries (`name?`: not always given). A
 * code is the rule that found the problem, or `rule.variant` where that rule says more than one
 * thing; the problem carries the variant in `params.variant`. The English `message` stays for API
 * clients, the command line and logs; the UI translates by the code and the params.
 */
export const DIAGRAM_PROBLEM_CODES = {
  // the reader (bpmn/read-diagram.ts)
  'diagram-too-large': ['megabytes'],
  'xml-doctype': [],
  'xml-syntax.unreadable': ['error'],
  'xml-syntax.not-bpmn': [],
  'xml-import.unknown-attribute': ['element', 'attribute', 'vocabulary'],
  'xml-import.unresolved-reference': ['element', 'reference'],
  'xml-import.skipped': ['warning'],
  // the compiler: the file and its processes
  'executable-process.none': [],
  'executable-process.none-executable': ['count', 'processes'],
  'executable-process.several-executable': ['count', 'processes'],
  'ignored-process': ['process'],
  'ignored-element.message-flow': ['flow'],
  'ignored-element.data': ['element', 'type'],
  'foreign-extension': ['element', 'settings'],
  'missing-id': ['scope', 'type', 'trigger'],
  // the compiler: elements
  'unsupported-element': ['element', 'type', 'trigger', 'hint'],
  'unsupported-element.compensation': ['element'],
  'unsupported-loop.task': ['task'],
  'unsupported-loop.standard-loop': ['element'],
  'user-task-collect': ['task', 'collect'],
  'called-process-missing.unknown': ['element', 'process'],
  'called-process-missing.unnamed': ['element'],
  'multi-instance-collection': ['element'],
  'multi-instance-collection.camunda': ['element'],
  'multi-instance-variable.missing': ['element'],
  'multi-instance-variable.invalid': ['element', 'variable'],
  'multi-instance-cardinality': ['element'],
  'multi-instance-completion': ['element'],
  'boundary-detached.unattached': ['timer'],
  'boundary-detached.other-scope': ['timer', 'host', 'scope'],
  'boundary-host': ['timer', 'host'],
  // the compiler: timers
  'timer-attribute-conflict': ['timer', 'attribute', 'onEvent', 'onDefinition'],
  'timer-warn': ['timer', 'warn'],
  'timer-cycle': ['timer'],
  'timer-ambiguous': ['timer'],
  'timer-duration': ['timer', 'duration'],
  'timer-date': ['timer', 'date'],
  'timer-without-due': ['timer'],
  'timer-attribute-unused.without-limit': ['timer', 'attribute'],
  'timer-attribute-unused.with-limit': ['timer', 'limit', 'ignored'],
  // the compiler: sequence flows and FEEL
  'flow-endpoint-missing.source': ['flow'],
  'flow-endpoint-missing.target': ['flow'],
  'flow-crosses-scope': ['flow', 'source', 'target', 'scope'],
  'conditional-flow-source': ['flow', 'source', 'type', 'trigger'],
  'default-flow-condition': ['flow', 'gateway'],
  'default-flow': ['gateway', 'flow'],
  'condition-language': ['flow', 'language'],
  'feel-syntax.condition': ['flow', 'expression', 'reason', 'at?', 'near?', 'error?'],
  'feel-syntax.collection': ['element', 'expression', 'reason', 'at?', 'near?', 'error?'],
  'feel-syntax.timer': ['timer', 'attribute', 'expression', 'reason', 'at?', 'near?', 'error?'],
  // the compiler: the structure of a scope (bpmn/check-structure.ts)
  'start-event-required.process': ['scope'],
  'start-event-required.sub-process': ['scope'],
  'single-start-event.process': ['scope', 'startEvents'],
  'single-start-event.sub-process': ['scope', 'startEvents'],
  'start-event-incoming': ['event'],
  'boundary-event-incoming': ['event'],
  'end-event-outgoing': ['event'],
  'unreachable': ['element', 'start'],
  // the compiler (type, trigger) and the lint rule (without them)
  'no-dead-end': ['element', 'type?', 'trigger?'],
  'no-dead-end.boundary': ['event'],
  // the compiler warns without the catalogue, the lint rules refuse with it
  'user-task-record.missing': ['task'],
  'user-task-role.missing': ['task', 'roles?'],
  'service-task-action.missing': ['task', 'actions?'],
  // the legal lint rules (bpmn/lint/rules)
  'user-task-record.unknown': ['task', 'record', 'recordTypes'],
  'user-task-role.unknown': ['task', 'role', 'roles'],
  'service-task-action.unknown': ['task', 'action', 'actions'],
  'timer-limit-exists': ['timer', 'limit'],
  'liberty-timer-limit': ['timer', 'record'],
  'liberty-timer-warnings': ['timer', 'limit'],
  'timer-anchor': ['timer', 'limit', 'startsAt'],
  'exclusive-gateway-conditions': ['flow', 'gateway'],
  'exclusive-gateway-default': ['gateway'],
  'condition-variables': ['flow', 'name', 'example'],
  'reaches-end': ['element'],
  'lint-rule-failed': ['lintRule', 'error'],
  // the deployment check (domain/procedures.ts)
  'size': ['megabytes'],
  'key': ['process', 'key'],
} as const satisfies Record<string, readonly string[]>;

/** A diagram problem's code: `rule` or `rule.variant`. */
export type DiagramProblemCode = keyof typeof DIAGRAM_PROBLEM_CODES;

type ParamName<C extends DiagramProblemCode> = (typeof DIAGRAM_PROBLEM_CODES)[C][number];
type RequiredName<N> = N extends `${string}?` ? never : N;
type OptionalName<N> = N extends `${infer Name}?` ? Name : never;

/** The params a code takes: each name it lists, those marked `?` optional. */
export type ParamsOf<C extends DiagramProblemCode> = { [N in RequiredName<ParamName<C>>]: DiagramProblemParams[string] } & {
  [N in OptionalName<ParamName<C>>]?: DiagramProblemParams[string];
};

/** The rule a code belongs to and the params a problem carries: the given ones and, for `rule.variant`, the variant. */
export function codedParams<C extends DiagramProblemCode>(code: C, params: ParamsOf<C>): { rule: string; params: DiagramProblemParams } {
  const dot = code.indexOf('.');
  const given = Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined)) as DiagramProblemParams;
  return dot < 0 ? { rule: code, params: given } : { rule: code.slice(0, dot), params: { ...given, variant: code.slice(dot + 1) } };
}

/** A problem about `elementId` with its code, English message and params. */
export function diagramProblem<C extends DiagramProblemCode>(elementId: string, code: C, message: string, params: ParamsOf<C>): DiagramProblem {
  const { rule, params: carried } = codedParams(code, params);
  return { elementId, message, rule, params: carried };
}

/** The code of a problem: its rule, with the variant its params name. */
export function problemCode(problem: { rule: string; params?: Partial<DiagramProblemParams> }): string {
  const variant = problem.params?.variant;
  return typeof variant === 'string' ? `${problem.rule}.${variant}` : problem.rule;
}
