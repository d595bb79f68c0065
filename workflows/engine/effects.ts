// What the interpreter asks the workflow to do in the outside world, in order.

export type EngineEffect =
  | { kind: 'openTask'; taskId: string; elementId: string; recordType: string; role: string; personId: string | null; dueAt: string | null }
  | { kind: 'cancelTask'; taskId: string }
  | {
      kind: 'openDeadline'; deadlineId: string; limitId: string; basis: string; personId: string | null;
      anchorAt: string; dueAt: string; warnAt: string[];
    }
  | { kind: 'moveDeadline'; deadlineId: string; dueAt: string; warnAt: string[]; anchorAt?: string }
  | { kind: 'closeDeadline'; deadlineId: string; status: 'met' | 'expired' | 'cancelled' }
  | {
      kind: 'escalate'; escalationId: string; severity: 'warning' | 'expired' | 'alert'; deadlineId: string | null;
      dueAt: string | null; elementId: string; message: string;
    }
  | { kind: 'runAction'; tokenId: string; elementId: string; action: string }
  | { kind: 'startChild'; tokenId: string; index: number; elementId: string; scopeId: string; vars: Record<string, unknown> }
  | { kind: 'cancelChildren'; elementId: string; count: number }
  | { kind: 'setStage'; stage: string };
