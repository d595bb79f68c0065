// ProcedureModel: what the BPMN compiler produces and the case workflow interprets. Plain JSON
// (stored with each deployed version and passed to workflows as input), no functions, no imports.
// v2: a completed act's data lands under its name (`measureDecision.decidedAt`), no longer flat in
// the scope's variables where two acts overwrite each other's fields; v1 models (pinned to cases
// started before) keep the flat layout, so their running cases go on as they were.

/** A compiled procedure: the executable process and every scope it uses (sub-processes, called processes). */
export interface ProcedureModel {
  schemaVersion: 1 | 2;
  /** The BPMN id of the executable process; also the procedure key. */
  key: string;
  name: string | null;
  /** Scope id of the executable process in `scopes`. */
  main: string;
  /** Every process and embedded sub-process, by id. */
  scopes: Record<string, ProcessScope>;
}

/** One process or embedded sub-process: its elements and the sequence flows between them. */
export interface ProcessScope {
  id: string;
  name: string | null;
  /** The one none start event of the scope. */
  startId: string;
  elements: Record<string, ProcedureElement>;
  flows: Record<string, SequenceFlow>;
}

export interface SequenceFlow {
  id: string;
  name: string | null;
  sourceId: string;
  targetId: string;
  /** A FEEL expression over case variables (exclusive gateways); null: unconditional. */
  condition: string | null;
}

interface ElementBase {
  id: string;
  name: string | null;
  /** Sequence flow ids. */
  incoming: string[];
  outgoing: string[];
  /** `icj:stage`: the case stage once a token reaches this element (search attribute IcjStage). */
  stage: string | null;
}

/** Boundary events attached to an activity, by id. */
interface Attachable {
  boundaryEvents: string[];
}

export type ProcedureElement =
  | (ElementBase & { type: 'startEvent' })
  | (ElementBase & { type: 'endEvent'; terminate: boolean; escalation: EscalationSpec | null })
  | (ElementBase & Attachable & {
      type: 'userTask'; record: string | null; role: string | null;
      /** `icj:collect`: the completed record is also appended to this list variable (e.g. every extension decision). */
      collect?: string | null;
      /** v2: the variable the record's data lands under (its record type in camelCase); absent in v1: flattened. */
      as?: string | null;
    })
  | (ElementBase & Attachable & { type: 'serviceTask'; action: string | null })
  | (ElementBase & { type: 'exclusiveGateway'; defaultFlow: string | null })
  | (ElementBase & { type: 'parallelGateway' })
  | (ElementBase & { type: 'timerCatchEvent'; timer: TimerSpec })
  | (ElementBase & { type: 'boundaryTimerEvent'; attachedTo: string; interrupting: boolean; timer: TimerSpec })
  | (ElementBase & { type: 'escalationThrowEvent'; escalation: EscalationSpec })
  | (ElementBase & Attachable & { type: 'callActivity'; calledProcess: string; multiInstance: MultiInstanceSpec | null })
  | (ElementBase & Attachable & { type: 'subProcess'; scope: string; multiInstance: MultiInstanceSpec | null });

export type ProcedureElementType = ProcedureElement['type'];

/**
 * A timer. With `limit` it enforces a rulebook limit: the due instant is computed by the deadline
 * calculus from `anchor` (a FEEL expression giving an instant, e.g. `detention.detainedAt`) and the
 * facts (`child`, `gravity`: FEEL expressions), and it is re-armed whenever they change. Without
 * `limit`, a plain BPMN `timeDuration` or `timeDate`.
 */
export interface TimerSpec {
  limit: string | null;
  anchor: string | null;
  child: string | null;
  gravity: string | null;
  /** Durations before the due instant at which to warn (`icj:warn="PT12H PT3H"`). */
  warn: string[];
  /**
   * `icj:extensions`: a FEEL expression giving the extensions granted so far, in order: ISO 8601
   * durations (`"P2M"`) or contexts `{by: "P2M", authority: "district-or-city-prosecutor"}`. Each
   * moves the due instant on from the last day of the term, never past the rulebook's cap; the
   * timer is re-armed when the list grows. Absent in models compiled before it existed.
   */
  extensions?: string | null;
  /**
   * `icj:term`: a FEEL expression giving the term an act set, when shorter than the law's maximum
   * (`"P" + string(termMonths) + "M"`: custody ordered for 1 month); null or absent: the maximum.
   */
  term?: string | null;
  duration: string | null;
  date: string | null;
}

export interface EscalationSpec {
  /** The BPMN escalation's code and name. */
  code: string | null;
  name: string | null;
}

/** Multi-instance: one instance per item of `collection` (FEEL list), bound to `elementVariable`. */
export interface MultiInstanceSpec {
  collection: string;
  elementVariable: string;
  parallel: boolean;
}

/**
 * A problem found in a diagram, always naming the element. `message` is English (API clients, the
 * command line, logs); a person reads the text the UI chooses by the code (`rule`, or
 * `rule.variant`) and fills from `params` (bpmn/problem-codes.ts lists every code and its params).
 */
export interface DiagramProblem {
  elementId: string;
  message: string;
  /** Lint rule or compiler check that found it. */
  rule: string;
  /** What the message interpolates (ids, attribute values, codes), by name; `variant`: which of the rule's messages. */
  params: DiagramProblemParams;
}

/** A param's value: an id, an attribute's value, a code, a count, or a list of ids or codes. */
export type DiagramProblemParams = Record<string, string | number | string[]>;

export interface CompileResult {
  model: ProcedureModel | null;
  errors: DiagramProblem[];
  warnings: DiagramProblem[];
}
