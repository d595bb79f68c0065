import { performingRole } from '../../org/legacy-roles';
import type { ProcedureElement, ProcedureModel, ProcessScope } from '../../bpmn/procedure-model';
import type { EngineEffect } from './effects';
import type { DeadlineCause, EngineState, ScopeInstance, TaskState, Token } from './engine-state';
import { evalFeel } from './feel';
import { ExtensionRefused, timerDue } from './timer-due';

/**
 * The BPMN interpreter: moves tokens through a ProcedureModel. Pure and deterministic (no I/O, no
 * clock of its own, ids from a counter), so it runs inside a Temporal workflow and in plain unit
 * tests alike. The workflow carries out the effects it returns and feeds back what happened
 * (task completed, action done, child finished).
 */
export class ProcedureEngine {
  private effects: EngineEffect[] = [];
  /** Preview mode: an act that the law would refuse (an extension past its cap) throws instead of alerting. */
  private strict = false;
  /**
   * A limit armed after one of its warning instants (a suspect registered 47 h 57 min after the
   * detention) warns at once, by its latest passed warning, instead of staying silent until it
   * expires. Off for cases whose history began before (workflow patch `warning-due-at-arming`).
   */
  warnAtArming = false;

  /**
   * @param newId makes the ids the outside world sees (tasks, deadlines, escalations): uuid4 in a
   *   workflow (deterministic there), a counter in unit tests.
   */
  constructor(readonly model: ProcedureModel, readonly state: EngineState, private readonly newId: () => string) {}

  /** A fresh state: one token on the start event of the main scope with the initial variables. */
  static initialState(model: ProcedureModel, vars: Record<string, unknown>): EngineState {
    const scope = model.scopes[model.main];
    return {
      seq: 1,
      tokens: [{ id: 't0', scopeInstanceId: 's0', elementId: scope.startId, status: 'ready' }],
      scopes: [{ id: 's0', scopeId: scope.id, parentTokenId: null, vars: { ...vars } }],
      tasks: {},
      timers: {},
      joins: {},
      done: [],
      stage: null,
      finished: false,
    };
  }

  /** A copy of the state, to go back to when what was done after it did not happen (restore). */
  snapshot(): EngineState {
    return JSON.parse(JSON.stringify(this.state)) as EngineState;
  }

  /** Puts back a state taken by snapshot(), and forgets effects not yet handed out. */
  restore(saved: EngineState): void {
    const state = this.state as unknown as Record<string, unknown>;
    for (const key of Object.keys(state)) delete state[key];
    Object.assign(state, JSON.parse(JSON.stringify(saved)));
    this.effects = [];
  }

  /** Moves every ready token until it waits, fires the timers due at `now`, and returns the effects. */
  advance(now: number): EngineEffect[] {
    for (let guard = 0; guard < 10_000; guard++) {
      this.fireDueTimers(now);
      this.finishEmptyScopes();
      const token = this.state.tokens.find((t) => t.status === 'ready');
      if (!token) break;
      this.step(token, now);
    }
    this.refreshStage();
    const out = this.effects;
    this.effects = [];
    return out;
  }

  /** The earliest instant a timer or warning falls due, or null. */
  nextDueMs(): number | null {
    let next: number | null = null;
    for (const t of Object.values(this.state.timers)) {
      for (const at of [t.dueAt, ...t.warnAt.filter((w) => !t.warned.includes(w))]) {
        const ms = Date.parse(at);
        if (next === null || ms < next) next = ms;
      }
    }
    return next;
  }

  hasReadyTokens(): boolean {
    return this.state.tokens.some((t) => t.status === 'ready');
  }

  task(taskId: string): TaskState | undefined {
    return this.state.tasks[taskId];
  }

  /**
   * Records a completed task: its data joins the variables of its data scope (see dataScope) under
   * the act's name (v2 models; flat in v1), the
   * list named by `icj:collect` grows by the record, the token moves on, and limit timers that
   * depend on the data are re-armed.
   */
  completeTask(taskId: string, data: Record<string, unknown>): void {
    const task = this.state.tasks[taskId];
    if (!task) throw new Error(`unknown task ${taskId}`);
    task.status = 'completed';
    const token = this.state.tokens.find((t) => t.id === task.tokenId);
    if (!token) return;
    const scope = this.dataScope(this.scopeOf(token));
    const el = this.scopeDef(this.scopeOf(token)).elements[task.elementId];
    // v2 models name the act's data (measureDecision.outcome); v1 models flatten it, as their cases always did.
    if (el?.type === 'userTask' && el.as) scope.vars[el.as] = data;
    else Object.assign(scope.vars, data);
    if (el?.type === 'userTask' && el.collect) {
      const list = this.visibleVars(scope)[el.collect];
      scope.vars[el.collect] = [...(Array.isArray(list) ? list : []), data];
    }
    this.settleTimersOf(token, 'met');
    this.release(token);
    this.rearmLimitTimers(scope);
  }

  /**
   * What completing a task with this data would be refused for, without changing anything: the
   * reasons an extension it grants breaks the law (past the cap, too long, wrong authority).
   */
  previewCompletion(taskId: string, data: Record<string, unknown>): string[] {
    const copy = new ProcedureEngine(this.model, JSON.parse(JSON.stringify(this.state)) as EngineState, () => 'preview');
    copy.strict = true;
    try {
      copy.completeTask(taskId, data);
      return [];
    } catch (e) {
      if (e instanceof ExtensionRefused) return [e.message];
      return [];
    }
  }

  /**
   * A corrected moment of actual detention (an amendment record, CPC 137(2)(5)): every scope whose
   * person it is reads the new moment, its limit timers are re-armed at once (the 48 hours run from
   * the corrected minute), and the supervisors are told, since a moved liberty clock must be seen.
   * The effects come out of the next advance(), which the workflow runs when woken.
   */
  correctDetentionMoment(personId: string, detainedAt: string, what: string): void {
    for (const scope of this.state.scopes) {
      const person = scope.vars.person as { personId?: unknown; detainedAt?: unknown } | undefined;
      // Told twice (the update, then a signal from another instance): the second time changes nothing.
      if (person?.personId !== personId || person.detainedAt === detainedAt) continue;
      scope.vars.person = { ...person, detainedAt };
      const moved = this.effects.length;
      this.rearmLimitTimers(scope);
      // The escalation points at the liberty limit itself: of the limits moved, the last to fall due.
      const deadline = this.effects.slice(moved).filter((e) => e.kind === 'moveDeadline')
        .sort((a, b) => Date.parse(b.kind === 'moveDeadline' ? b.dueAt : '') - Date.parse(a.kind === 'moveDeadline' ? a.dueAt : ''))[0];
      this.effects.push({
        kind: 'escalate', escalationId: this.newId(), severity: 'alert', deadlineId: deadline?.kind === 'moveDeadline' ? deadline.deadlineId : null,
        dueAt: deadline?.kind === 'moveDeadline' ? deadline.dueAt : null, elementId: this.scopeDef(scope).startId,
        message: `${this.describe(scope.id)}${what}`,
      });
    }
  }

  /** The case (or child) is cancelled from outside: every task is withdrawn and every deadline closed. */
  cancelAll(): EngineEffect[] {
    for (const token of [...this.state.tokens]) {
      this.interrupt(token);
      this.consume(token);
    }
    this.state.scopes = [];
    this.state.finished = true;
    const out = this.effects;
    this.effects = [];
    return out;
  }

  /** A service task's action is done. */
  actionDone(tokenId: string): void {
    const token = this.state.tokens.find((t) => t.id === tokenId);
    if (token?.wait?.kind === 'action') this.release(token);
  }

  /** One instance of a multi-instance call activity (a child workflow) finished. */
  childDone(tokenId: string): void {
    const token = this.state.tokens.find((t) => t.id === tokenId);
    if (token?.wait?.kind !== 'children') return;
    token.wait.pending -= 1;
    if (token.wait.pending <= 0) {
      this.settleTimersOf(token, 'met');
      this.release(token);
    }
  }

  /** Element ids done and active, for the diagram. */
  progress(): { done: string[]; active: string[] } {
    return { done: [...this.state.done], active: [...new Set(this.state.tokens.map((t) => t.elementId))] };
  }

  // --- movement -------------------------------------------------------------------------------

  private step(token: Token, now: number): void {
    const scope = this.scopeOf(token);
    const def = this.scopeDef(scope);
    const el = def.elements[token.elementId];
    if (!el) throw new Error(`element ${token.elementId} is not in scope ${def.id}`);
    this.markDone(el);
    if (el.stage && el.stage !== this.state.stage) {
      this.state.stage = el.stage;
      this.effects.push({ kind: 'setStage', stage: el.stage });
    }
    switch (el.type) {
      case 'startEvent':
      case 'boundaryTimerEvent':
        return this.leave(token, el, def);
      case 'endEvent':
        if (el.escalation) this.escalate(token, el, scope, `${el.name ?? el.id}`);
        if (el.terminate) return this.terminate(scope);
        return this.consume(token);
      case 'escalationThrowEvent':
        this.escalate(token, el, scope, `${el.name ?? el.id}`);
        return this.leave(token, el, def);
      case 'exclusiveGateway':
        return this.choose(token, el, def, scope);
      case 'parallelGateway':
        return this.parallel(token, el, def);
      case 'userTask':
        return this.openTask(token, el, scope, now);
      case 'serviceTask':
        this.wait(token, { kind: 'action', action: el.action ?? '' });
        this.armBoundaryTimers(token, el, scope, now);
        this.effects.push({ kind: 'runAction', tokenId: token.id, elementId: el.id, action: el.action ?? '' });
        return;
      case 'timerCatchEvent':
        return this.armTimer(token, el.id, el.timer, scope, now, false, true);
      case 'callActivity':
        return this.callChildren(token, el, scope, now);
      case 'subProcess':
        return this.enterSubProcess(token, el, scope, now);
    }
  }

  /** Takes every outgoing flow (BPMN: an activity or event with several flows forks). */
  private leave(token: Token, el: ProcedureElement, def: ProcessScope): void {
    const [first, ...rest] = el.outgoing;
    if (!first) return this.consume(token);
    for (const flowId of rest) this.spawn(token, def.flows[flowId].targetId);
    token.elementId = def.flows[first].targetId;
    token.status = 'ready';
    delete token.wait;
  }

  private choose(token: Token, el: Extract<ProcedureElement, { type: 'exclusiveGateway' }>, def: ProcessScope, scope: ScopeInstance): void {
    const vars = this.visibleVars(scope);
    const taken = el.outgoing.find((f) => f !== el.defaultFlow && def.flows[f].condition !== null && evalFeel(def.flows[f].condition as string, vars) === true)
      ?? el.outgoing.find((f) => f !== el.defaultFlow && def.flows[f].condition === null)
      ?? el.defaultFlow;
    if (!taken) {
      this.wait(token, { kind: 'stuck', reason: `no condition of gateway ${el.id} holds and it has no default flow` });
      this.effects.push({
        kind: 'escalate', escalationId: this.newId(), severity: 'alert', deadlineId: null, dueAt: null, elementId: el.id,
        message: `The procedure cannot continue at ${el.name ?? el.id}: no condition holds. Legal staff must correct the diagram.`,
      });
      return;
    }
    token.elementId = def.flows[taken].targetId;
  }

  private parallel(token: Token, el: ProcedureElement, def: ProcessScope): void {
    if (el.incoming.length > 1) {
      const key = `${token.scopeInstanceId}/${el.id}`;
      const arrived = (this.state.joins[key] ?? 0) + 1;
      if (arrived < el.incoming.length) {
        this.state.joins[key] = arrived;
        return this.consume(token);
      }
      delete this.state.joins[key];
    }
    this.leave(token, el, def);
  }

  private openTask(token: Token, el: Extract<ProcedureElement, { type: 'userTask' }>, scope: ScopeInstance, now: number): void {
    const taskId = this.newId();
    const timers = this.armBoundaryTimers(token, el, scope, now);
    const limitDue = timers.map((t) => t.dueAt).sort()[0] ?? null;
    const task: TaskState = {
      id: taskId, elementId: el.id, tokenId: token.id, recordType: el.record ?? '', role: performingRole(el.role, el.record ?? ''),
      personId: this.personIdOf(scope), dueAt: limitDue, status: 'open',
    };
    this.state.tasks[taskId] = task;
    this.wait(token, { kind: 'task', taskId });
    // The open-deadline effects (from arming) come before the task's row, as the inbox shows both.
    this.effects.push({ kind: 'openTask', taskId, elementId: el.id, recordType: task.recordType, role: task.role, personId: task.personId, dueAt: limitDue });
  }

  private callChildren(token: Token, el: Extract<ProcedureElement, { type: 'callActivity' }>, scope: ScopeInstance, now: number): void {
    const vars = this.visibleVars(scope);
    const items = el.multiInstance ? listOf(evalFeel(el.multiInstance.collection, vars), el.multiInstance.collection) : [null];
    if (items.length === 0) return this.leave(token, el, this.scopeDef(scope));
    this.wait(token, { kind: 'children', pending: items.length, total: items.length });
    this.armBoundaryTimers(token, el, scope, now);
    items.forEach((item, index) => {
      const childVars = el.multiInstance ? { ...vars, [el.multiInstance.elementVariable]: item } : { ...vars };
      this.effects.push({ kind: 'startChild', tokenId: token.id, index, elementId: el.id, scopeId: el.calledProcess, vars: childVars });
    });
  }

  private enterSubProcess(token: Token, el: Extract<ProcedureElement, { type: 'subProcess' }>, scope: ScopeInstance, now: number): void {
    const vars = this.visibleVars(scope);
    const items = el.multiInstance ? listOf(evalFeel(el.multiInstance.collection, vars), el.multiInstance.collection) : [null];
    if (items.length === 0) return this.leave(token, el, this.scopeDef(scope));
    this.wait(token, { kind: 'subprocess', pending: items.length });
    this.armBoundaryTimers(token, el, scope, now);
    const def = this.model.scopes[el.scope];
    for (const item of items) {
      const instance: ScopeInstance = {
        id: this.nextId('s'), scopeId: def.id, parentTokenId: token.id,
        vars: el.multiInstance ? { [el.multiInstance.elementVariable]: item } : {},
      };
      this.state.scopes.push(instance);
      this.state.tokens.push({ id: this.nextId('t'), scopeInstanceId: instance.id, elementId: def.startId, status: 'ready' });
    }
  }

  // --- timers ---------------------------------------------------------------------------------

  private armBoundaryTimers(token: Token, el: ProcedureElement & { boundaryEvents: string[] }, scope: ScopeInstance, now: number) {
    const def = this.scopeDef(scope);
    return el.boundaryEvents.map((id) => {
      const b = def.elements[id];
      if (b?.type !== 'boundaryTimerEvent') throw new Error(`boundary event ${id} is not a timer`);
      return this.armTimerState(token, b.id, b.timer, scope, now, true, b.interrupting);
    });
  }

  private armTimer(token: Token, elementId: string, spec: Parameters<typeof timerDue>[0], scope: ScopeInstance, now: number, boundary: boolean, interrupting: boolean): void {
    const timer = this.armTimerState(token, elementId, spec, scope, now, boundary, interrupting);
    this.wait(token, { kind: 'timer', timerId: timer.id });
  }

  private armTimerState(token: Token, elementId: string, spec: Parameters<typeof timerDue>[0], scope: ScopeInstance, now: number, boundary: boolean, interrupting: boolean) {
    let due;
    try {
      due = timerDue(spec, this.visibleVars(scope), now);
    } catch (e) {
      if (this.strict || !(e instanceof ExtensionRefused)) throw e;
      // A term or extension the law does not allow: the statutory term runs, and people are told.
      due = timerDue({ ...spec, term: null, extensions: null }, this.visibleVars(scope), now);
      this.effects.push({
        kind: 'escalate', escalationId: this.newId(), severity: 'alert', deadlineId: null, dueAt: due.dueAt, elementId,
        message: `${this.describe(scope.id)}${e.message}; the statutory term runs to ${due.dueAt}`,
      });
    }
    const id = this.nextId('timer');
    const deadlineId = due.limitId ? this.newId() : null;
    this.state.timers[id] = {
      id, elementId, scopeInstanceId: scope.id, tokenId: token.id, boundary, interrupting, dueAt: due.dueAt,
      warnAt: due.warnAt, warned: alreadyWarned(due.warnAt, due.dueAt, now, this.warnAtArming), deadlineId, limitId: due.limitId, anchorAt: due.anchorAt,
    };
    if (deadlineId && due.limitId && due.anchorAt) {
      this.publishDeadline(scope, due.limitId, due.dueAt);
      this.effects.push({
        kind: 'openDeadline', deadlineId, limitId: due.limitId, basis: due.basis ?? '', personId: this.personIdOf(scope),
        anchorAt: due.anchorAt, dueAt: due.dueAt, warnAt: due.warnAt,
      });
    }
    return this.state.timers[id];
  }

  private fireDueTimers(now: number): void {
    for (const timer of Object.values(this.state.timers).sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt))) {
      for (const w of timer.warnAt) {
        if (Date.parse(w) <= now && !timer.warned.includes(w) && Date.parse(timer.dueAt) > now) {
          timer.warned.push(w);
          this.effects.push({
            kind: 'escalate', escalationId: this.newId(), severity: 'warning', deadlineId: timer.deadlineId, dueAt: timer.dueAt,
            elementId: timer.elementId, message: `${this.describe(timer.scopeInstanceId)}${timer.limitId ?? 'time limit'} expires at ${timer.dueAt}`,
          });
        }
      }
      if (Date.parse(timer.dueAt) > now) continue;
      delete this.state.timers[timer.id];
      const token = this.state.tokens.find((t) => t.id === timer.tokenId);
      if (!token) continue;
      const cause: DeadlineCause | undefined = timer.deadlineId && timer.limitId ? { deadlineId: timer.deadlineId, limitId: timer.limitId, dueAt: timer.dueAt } : undefined;
      if (timer.deadlineId) this.effects.push({ kind: 'closeDeadline', deadlineId: timer.deadlineId, status: 'expired' });
      if (!timer.boundary) {
        token.cause = cause;
        this.release(token);
        continue;
      }
      if (timer.interrupting) {
        this.interrupt(token);
        token.elementId = timer.elementId;
        token.status = 'ready';
        token.cause = cause;
        delete token.wait;
      } else {
        const spawned = this.spawn(token, timer.elementId);
        spawned.cause = cause;
      }
    }
  }

  /** Cancels what a token was waiting on: its task, its other timers, its sub-process instances. */
  private interrupt(token: Token): void {
    if (token.wait?.kind === 'task') {
      const task = this.state.tasks[token.wait.taskId];
      if (task && task.status === 'open') {
        task.status = 'cancelled';
        this.effects.push({ kind: 'cancelTask', taskId: task.id });
      }
    }
    if (token.wait?.kind === 'children' && token.wait.pending > 0) {
      // BPMN: interrupting a call activity ends the called instances too.
      this.effects.push({ kind: 'cancelChildren', elementId: token.elementId, count: token.wait.total });
    }
    this.settleTimersOf(token, 'cancelled');
    for (const child of this.state.scopes.filter((s) => s.parentTokenId === token.id)) this.dropScope(child.id);
  }

  /** Removes a token's timers and closes their deadlines: met (the act came in time) or cancelled (the procedure moved on). */
  private settleTimersOf(token: Token, deadlineStatus: 'met' | 'cancelled'): void {
    for (const t of Object.values(this.state.timers).filter((x) => x.tokenId === token.id)) {
      delete this.state.timers[t.id];
      if (t.deadlineId) this.effects.push({ kind: 'closeDeadline', deadlineId: t.deadlineId, status: deadlineStatus });
    }
  }

  /**
   * Recomputes the limit timers of a scope and its descendants after its variables changed; a moved
   * due instant moves the deadline and is published in `deadlines`, which other timers may be
   * anchored to (the custody extension motion is due 5 days before custody ends), hence the passes.
   * An extension the law refuses (or an expression that fails) keeps the old due instant and
   * alerts the supervisors; the update validator refuses such an act before it is recorded, so
   * this is a diagram's error.
   */
  private rearmLimitTimers(scope: ScopeInstance): void {
    for (let pass = 0, moved = true; moved && pass < 5; pass++) {
      moved = false;
      for (const t of Object.values(this.state.timers)) {
        if (!t.limitId || !t.deadlineId) continue;
        if (t.scopeInstanceId !== scope.id && !this.isAncestor(scope.id, t.scopeInstanceId)) continue;
        const timerScope = this.state.scopes.find((s) => s.id === t.scopeInstanceId) as ScopeInstance;
        const spec = this.timerSpecOf(t.elementId, t.scopeInstanceId);
        let due;
        try {
          due = timerDue(spec, this.visibleVars(timerScope), Date.parse(t.anchorAt ?? t.dueAt));
        } catch (e) {
          // Re-arming runs after the act is recorded: it must not fail half-way. The limit stays
          // where it was and the supervisors are told why (a refused extension; a FEEL error).
          if (this.strict) throw e;
          this.effects.push({
            kind: 'escalate', escalationId: this.newId(), severity: 'alert', deadlineId: t.deadlineId, dueAt: t.dueAt, elementId: t.elementId,
            message: `${this.describe(t.scopeInstanceId)}${(e as Error).message}; the time limit stays at ${t.dueAt}`,
          });
          continue;
        }
        if (due.dueAt === t.dueAt) continue;
        moved = true;
        const anchorMoved = due.anchorAt !== null && due.anchorAt !== t.anchorAt;
        t.dueAt = due.dueAt;
        t.warnAt = due.warnAt;
        t.warned = t.warned.filter((w) => due.warnAt.includes(w));
        if (anchorMoved) t.anchorAt = due.anchorAt;
        this.publishDeadline(timerScope, t.limitId, t.dueAt);
        this.effects.push({ kind: 'moveDeadline', deadlineId: t.deadlineId, dueAt: due.dueAt, warnAt: due.warnAt, ...(anchorMoved && due.anchorAt ? { anchorAt: due.anchorAt } : {}) });
      }
    }
  }

  /** Makes a limit's due instant visible to FEEL as `get value(deadlines, "custody.term")`. */
  private publishDeadline(scope: ScopeInstance, limitId: string, dueAt: string): void {
    const target = this.dataScope(scope);
    const current = (target.vars.deadlines ?? {}) as Record<string, string>;
    target.vars.deadlines = { ...current, [limitId]: dueAt };
  }

  // --- helpers --------------------------------------------------------------------------------

  /**
   * The stage stays that of the last element reached with an icj:stage while that element (or the
   * sub-process around it) is still active; once it is left, the stage falls back to the newest
   * stage still active (a detention settled: the case is back in its pre-investigation check).
   */
  private refreshStage(): void {
    const active: string[] = [];
    for (const token of this.state.tokens) {
      const stage = this.stageOf(token);
      if (stage) active.push(stage);
    }
    if (active.length === 0 || (this.state.stage !== null && active.includes(this.state.stage))) return;
    const stage = active[active.length - 1];
    this.state.stage = stage;
    this.effects.push({ kind: 'setStage', stage });
  }

  /** The icj:stage of a token's element, else of the nearest enclosing sub-process that has one. */
  private stageOf(token: Token): string | null {
    for (let t: Token | undefined = token; t; ) {
      const scope = this.state.scopes.find((s) => s.id === t?.scopeInstanceId);
      if (!scope) return null;
      const stage = this.scopeDef(scope).elements[t.elementId]?.stage;
      if (stage) return stage;
      t = scope.parentTokenId ? this.state.tokens.find((x) => x.id === scope.parentTokenId) : undefined;
    }
    return null;
  }

  private escalate(token: Token, el: ProcedureElement, scope: ScopeInstance, what: string): void {
    const cause = token.cause;
    this.effects.push({
      kind: 'escalate', escalationId: this.newId(), severity: cause ? 'expired' : 'alert', deadlineId: cause?.deadlineId ?? null,
      dueAt: cause?.dueAt ?? null, elementId: el.id,
      message: `${this.describe(scope.id)}${what}${cause ? ` (${cause.limitId} expired at ${cause.dueAt})` : ''}`,
    });
  }

  private terminate(scope: ScopeInstance): void {
    for (const t of this.state.tokens.filter((x) => x.scopeInstanceId === scope.id)) this.interrupt(t);
    this.state.tokens = this.state.tokens.filter((x) => x.scopeInstanceId !== scope.id);
    this.endScope(scope);
  }

  private consume(token: Token): void {
    this.state.tokens = this.state.tokens.filter((t) => t.id !== token.id);
  }

  /** Scope instances with no tokens left are finished: their parent token moves on, or the case ends. */
  private finishEmptyScopes(): void {
    for (const scope of [...this.state.scopes]) {
      if (this.state.tokens.some((t) => t.scopeInstanceId === scope.id)) continue;
      this.endScope(scope);
    }
  }

  private endScope(scope: ScopeInstance): void {
    this.state.scopes = this.state.scopes.filter((s) => s.id !== scope.id);
    if (scope.parentTokenId === null) {
      this.state.finished = true;
      return;
    }
    const parent = this.state.tokens.find((t) => t.id === scope.parentTokenId);
    if (parent?.wait?.kind !== 'subprocess') return;
    parent.wait.pending -= 1;
    if (parent.wait.pending <= 0) {
      this.settleTimersOf(parent, 'met');
      this.release(parent);
    }
  }

  private dropScope(scopeInstanceId: string): void {
    for (const t of this.state.tokens.filter((x) => x.scopeInstanceId === scopeInstanceId)) {
      this.interrupt(t);
      this.consume(t);
    }
    this.state.scopes = this.state.scopes.filter((s) => s.id !== scopeInstanceId);
  }

  /** A waiting token moves on along its element's outgoing flows. */
  private release(token: Token): void {
    const scope = this.scopeOf(token);
    const def = this.scopeDef(scope);
    const el = def.elements[token.elementId];
    delete token.wait;
    token.status = 'ready';
    this.leave(token, el, def);
  }

  private wait(token: Token, wait: NonNullable<Token['wait']>): void {
    token.status = 'waiting';
    token.wait = wait;
  }

  private spawn(from: Token, elementId: string): Token {
    const token: Token = { id: this.nextId('t'), scopeInstanceId: from.scopeInstanceId, elementId, status: 'ready' };
    this.state.tokens.push(token);
    return token;
  }

  private markDone(el: ProcedureElement): void {
    if (!this.state.done.includes(el.id)) this.state.done.push(el.id);
  }

  private scopeOf(token: Token): ScopeInstance {
    const scope = this.state.scopes.find((s) => s.id === token.scopeInstanceId);
    if (!scope) throw new Error(`token ${token.id} has no scope instance ${token.scopeInstanceId}`);
    return scope;
  }

  private scopeDef(scope: ScopeInstance): ProcessScope {
    return this.model.scopes[scope.scopeId];
  }

  private timerSpecOf(elementId: string, scopeInstanceId: string) {
    const scope = this.state.scopes.find((s) => s.id === scopeInstanceId) as ScopeInstance;
    const el = this.scopeDef(scope).elements[elementId];
    if (el?.type !== 'boundaryTimerEvent' && el?.type !== 'timerCatchEvent') throw new Error(`${elementId} is not a timer`);
    return el.timer;
  }

  /**
   * Where a scope's acts keep their data: an embedded sub-process that is not multi-instance only
   * groups elements (for a boundary timer, say), so its data belongs to the enclosing scope; a
   * multi-instance instance (one person) or a process keeps its own.
   */
  private dataScope(scope: ScopeInstance): ScopeInstance {
    for (let s = scope; ; ) {
      const parentToken = s.parentTokenId ? this.state.tokens.find((t) => t.id === s.parentTokenId) : undefined;
      if (!parentToken) return s;
      const parentScope = this.scopeOf(parentToken);
      const el = this.scopeDef(parentScope).elements[parentToken.elementId];
      if (el?.type !== 'subProcess' || el.multiInstance) return s;
      s = parentScope;
    }
  }

  /** Variables visible in a scope instance: its own over its parents'. */
  visibleVars(scope: ScopeInstance): Record<string, unknown> {
    const chain: ScopeInstance[] = [];
    for (let s: ScopeInstance | undefined = scope; s; ) {
      chain.unshift(s);
      const parentToken: Token | undefined = s.parentTokenId ? this.state.tokens.find((t) => t.id === s?.parentTokenId) : undefined;
      s = parentToken ? this.state.scopes.find((x) => x.id === parentToken.scopeInstanceId) : undefined;
    }
    return Object.assign({}, ...chain.map((s) => s.vars));
  }

  private isAncestor(ancestorId: string, scopeInstanceId: string): boolean {
    for (let s = this.state.scopes.find((x) => x.id === scopeInstanceId); s?.parentTokenId; ) {
      const parentToken = this.state.tokens.find((t) => t.id === s?.parentTokenId);
      if (!parentToken) return false;
      if (parentToken.scopeInstanceId === ancestorId) return true;
      s = this.state.scopes.find((x) => x.id === parentToken.scopeInstanceId);
    }
    return false;
  }

  private personIdOf(scope: ScopeInstance): string | null {
    const vars = this.visibleVars(scope);
    const person = vars.person as { personId?: unknown } | undefined;
    // The instance's own person (the multi-instance element) first; then a person an act named.
    const id = person?.personId ?? vars.personId;
    return typeof id === 'string' ? id : null;
  }

  private describe(scopeInstanceId: string): string {
    const scope = this.state.scopes.find((s) => s.id === scopeInstanceId);
    const vars = scope ? this.visibleVars(scope) : {};
    const person = vars.person as { label?: unknown } | undefined;
    const label = vars.personLabel ?? person?.label;
    return typeof label === 'string' ? `${label}: ` : '';
  }

  /** Internal ids (tokens, scope instances, timers), unique within the state. */
  private nextId(prefix: string): string {
    return `${prefix}${this.state.seq++}`;
  }
}

function listOf(value: unknown, expression: string): unknown[] {
  if (!Array.isArray(value)) throw new Error(`multi-instance collection "${expression}" is not a list`);
  return value;
}

/**
 * The warnings of a limit being armed that count as given: those already past, except, when the
 * limit is still running and `warnLatest`, the latest of them, which fireDueTimers then raises at
 * once (one warning, not one per passed instant).
 */
function alreadyWarned(warnAt: string[], dueAt: string, now: number, warnLatest: boolean): string[] {
  const passed = warnAt.filter((w) => Date.parse(w) <= now);
  if (!warnLatest || Date.parse(dueAt) <= now || passed.length === 0) return passed;
  const latest = passed.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
  return passed.filter((w) => w !== latest);
}
