import { computeDeadline, extendDeadline, warningInstants, type CaseFacts, type TermExtension } from '../../law/deadline-calculus';
import { findLimit, workCalendar } from '../../law/rulebook-data';
import type { Gravity } from '../../law/rulebook-types';
import { parseDuration } from '../../law/duration';
import type { TimerSpec } from '../../bpmn/procedure-model';
import { evalFeel } from './feel';

/** An extension the law does not allow (past the cap, too long, by the wrong authority): the act is refused. */
export class ExtensionRefused extends Error {
  constructor(readonly limitId: string, readonly reason: string) {
    super(`${limitId} cannot be extended: ${reason}`);
    this.name = 'ExtensionRefused';
  }
}

export interface TimerDue {
  dueAt: string;
  warnAt: string[];
  limitId: string | null;
  basis: string | null;
  anchorAt: string | null;
}

const UNIT_MS = { minute: 60_000, hour: 3_600_000, day: 86_400_000 } as const;

/**
 * When a timer falls due, from its spec and the variables in scope. A rulebook limit is computed by
 * the deadline calculus from its anchor and the case's facts (so it moves when they change); a plain
 * BPMN timer from its timeDuration (counted from `armedAt`) or timeDate.
 */
export function timerDue(spec: TimerSpec, vars: Record<string, unknown>, armedAt: number): TimerDue {
  if (spec.limit) {
    const rule = findLimit(spec.limit);
    if (!rule) throw new Error(`the rulebook has no limit ${spec.limit}`);
    const anchorValue = spec.anchor ? evalFeel(spec.anchor, vars) : null;
    const anchorAt = anchorValue == null ? new Date(armedAt).toISOString() : instantOf(anchorValue, spec.anchor ?? '');
    const facts: CaseFacts = {
      child: spec.child ? evalFeel(spec.child, vars) === true : false,
      gravity: spec.gravity ? (evalFeel(spec.gravity, vars) as Gravity | null) ?? undefined : undefined,
    };
    const ordered = spec.term ? evalFeel(spec.term, vars) : null;
    if (ordered != null && typeof ordered !== 'string') throw new Error(`icj:term "${spec.term}" gave ${JSON.stringify(ordered)}, not a duration`);
    let d;
    try {
      d = computeDeadline(rule, anchorAt, facts, workCalendar, ordered ?? undefined);
    } catch (e) {
      throw new ExtensionRefused(rule.id, (e as Error).message);
    }
    let dueAt = d.dueAt;
    let term = d.duration;
    let warnAt = d.warnAt;
    const extensions = spec.extensions ? extensionsOf(evalFeel(spec.extensions, vars), spec.extensions) : [];
    for (const extension of extensions) {
      const capRule = rule.extension?.capLimit ? findLimit(rule.extension.capLimit) : undefined;
      let result;
      try {
        result = extendDeadline(rule, { anchorAt: d.anchorAt, term }, extension, capRule, facts, workCalendar);
      } catch (e) {
        throw new ExtensionRefused(rule.id, (e as Error).message);
      }
      if (!result.ok) throw new ExtensionRefused(rule.id, result.reason);
      dueAt = result.dueAt;
      term = result.term;
      // The rulebook's warnings count back from the new end of the term.
      warnAt = warningInstants(rule, d.anchorAt, dueAt);
    }
    if (spec.warn.length > 0) warnAt = spec.warn.map((w) => shiftBack(Date.parse(dueAt), w)).filter((t) => t > Date.parse(anchorAt)).map(iso);
    return { dueAt, warnAt, limitId: rule.id, basis: rule.basisText, anchorAt: d.anchorAt };
  }
  if (spec.date) return { dueAt: instantOf(spec.date, 'timeDate'), warnAt: [], limitId: null, basis: null, anchorAt: null };
  if (spec.duration) {
    const d = parseDuration(spec.duration);
    if (d.before || d.unit === 'month' || d.unit === 'year') throw new Error(`unsupported timer duration ${spec.duration}`);
    const ms = d.unit === 'instant' ? 0 : d.amount * UNIT_MS[d.unit];
    return { dueAt: iso(armedAt + ms), warnAt: [], limitId: null, basis: null, anchorAt: iso(armedAt) };
  }
  throw new Error('a timer needs icj:limit, timeDuration or timeDate');
}

/** The extensions a FEEL expression gives: null (none yet), or a list of durations or {by, authority}. */
function extensionsOf(value: unknown, expression: string): TermExtension[] {
  if (value == null) return [];
  if (!Array.isArray(value)) throw new Error(`icj:extensions "${expression}" is not a list`);
  return value.map((item) => {
    if (typeof item === 'string') return { by: item };
    const ext = item as { by?: unknown; authority?: unknown } | null;
    if (ext && typeof ext.by === 'string') return { by: ext.by, authority: typeof ext.authority === 'string' ? ext.authority : null };
    throw new Error(`icj:extensions "${expression}" gave ${JSON.stringify(item)}, not a duration or {by, authority}`);
  });
}

function shiftBack(due: number, duration: string): number {
  const d = parseDuration(duration);
  if (d.unit === 'month' || d.unit === 'year' || d.unit === 'instant') return due;
  return due - d.amount * UNIT_MS[d.unit];
}

function instantOf(value: unknown, what: string): string {
  const text = typeof value === 'string' ? value : value instanceof Date ? value.toISOString() : String(value);
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) throw new Error(`${what} is not an instant: ${text}`);
  return iso(ms);
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}
