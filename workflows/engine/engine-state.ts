// The interpreter's whole state: plain JSON, so it survives continue-as-new unchanged.

/** Why a token left a limit timer: the deadline it broke, carried to a following escalation. */
export interface DeadlineCause {
  deadlineId: string;
  limitId: string;
  dueAt: string;
}

export type TokenWait =
  | { kind: 'task'; taskId: string }
  | { kind: 'timer'; timerId: string }
  | { kind: 'action'; action: string }
  | { kind: 'children'; pending: number; total: number }
  | { kind: 'subprocess'; pending: number }
  | { kind: 'stuck'; reason: string };

export interface Token {
  id: string;
  scopeInstanceId: string;
  elementId: string;
  /** ready: to be moved on; waiting: on a task, timer, action, children or sub-process. */
  status: 'ready' | 'waiting';
  wait?: TokenWait;
  cause?: DeadlineCause;
}

export interface ScopeInstance {
  id: string;
  scopeId: string;
  /** The token of the parent scope waiting for this instance (embedded sub-process), or null. */
  parentTokenId: string | null;
  vars: Record<string, unknown>;
}

export interface TaskState {
  id: string;
  elementId: string;
  tokenId: string;
  recordType: string;
  role: string;
  personId: string | null;
  dueAt: string | null;
  status: 'open' | 'completing' | 'completed' | 'cancelled';
}

export interface TimerState {
  id: string;
  /** The timer element (boundary or intermediate catch event). */
  elementId: string;
  scopeInstanceId: string;
  /** The token it belongs to: the one on the attached activity, or the one waiting at the catch event. */
  tokenId: string;
  boundary: boolean;
  interrupting: boolean;
  dueAt: string;
  warnAt: string[];
  warned: string[];
  deadlineId: string | null;
  limitId: string | null;
  anchorAt: string | null;
}

export interface EngineState {
  /** Counter for deterministic ids. */
  seq: number;
  tokens: Token[];
  scopes: ScopeInstance[];
  tasks: Record<string, TaskState>;
  timers: Record<string, TimerState>;
  /** Arrivals at parallel joins, by `${scopeInstanceId}/${gatewayId}`. */
  joins: Record<string, number>;
  /** Element ids reached at least once (for the diagram view). */
  done: string[];
  stage: string | null;
  finished: boolean;
}
