import type { BpmnElement } from './bpmn-element';
import { parseDuration } from '../law/duration';
import { feelProblem, feelProblemWords, feelText } from './feel-expression';
import { icjAttribute } from './icj-attribute';
import type { ProblemLog } from './problem-log';
import type { TimerSpec } from './procedure-model';

const TIMER_ATTRIBUTES = ['limit', 'anchor', 'child', 'gravity', 'warn', 'extensions', 'term'] as const;
type TimerAttribute = (typeof TIMER_ATTRIBUTES)[number];

/**
 * The TimerSpec of a timer event. The icj attributes may sit on the timer event definition or on
 * the event itself (the modeler's properties panel writes the definition; hand-written XML often
 * the event). Reports what the engine could not count; null when the timer cannot run.
 */
export function compileTimer(event: BpmnElement, definition: BpmnElement, log: ProblemLog): TimerSpec | null {
  const id = event.id as string;
  const before = log.errors.length;
  const attr = {} as Record<TimerAttribute, string | null>;
  for (const name of TIMER_ATTRIBUTES) {
    const onDefinition = icjAttribute(definition, name);
    const onEvent = icjAttribute(event, name);
    if (onDefinition !== null && onEvent !== null && onDefinition !== onEvent) {
      log.error(id, 'timer-attribute-conflict', `Timer ${id} gives icj:${name} twice with different values ("${onEvent}" on the event, "${onDefinition}" on its timer definition); keep one.`, { timer: id, attribute: `icj:${name}`, onEvent, onDefinition });
    }
    attr[name] = onDefinition ?? onEvent;
  }

  const feel = (name: 'anchor' | 'child' | 'gravity' | 'extensions' | 'term'): string | null => {
    const raw = attr[name];
    if (raw === null) return null;
    const text = feelText(raw);
    const problem = feelProblem(text);
    if (problem) log.error(id, 'feel-syntax.timer', `Timer ${id}: icj:${name} "${raw}" cannot be read because ${feelProblemWords(problem)}.`, { timer: id, attribute: `icj:${name}`, expression: raw, ...problem });
    return text;
  };
  const anchor = feel('anchor');
  const child = feel('child');
  const gravity = feel('gravity');
  const extensions = feel('extensions');
  const term = feel('term');

  const warn = (attr.warn ?? '').split(/\s+/).filter((w) => w !== '');
  for (const w of warn) {
    if (!isClockDuration(w)) {
      log.error(id, 'timer-warn', `Timer ${id}: icj:warn "${w}" is not a duration in minutes, hours or days before the due instant (write e.g. PT12H or P1D).`, { timer: id, warn: w });
    }
  }

  if (definition.timeCycle) {
    log.error(id, 'timer-cycle', `Timer ${id} repeats (timeCycle), which the procedure engine cannot run; use a single timeDuration or an icj:limit.`, { timer: id });
  }
  const duration = expressionText(definition.timeDuration);
  const date = expressionText(definition.timeDate);
  if (duration !== null && date !== null) {
    log.error(id, 'timer-ambiguous', `Timer ${id} has both a timeDuration and a timeDate; give one.`, { timer: id });
  }
  if (duration !== null && !isClockDuration(duration, true)) {
    log.error(id, 'timer-duration', `Timer ${id}: timeDuration "${duration}" is not a duration in minutes, hours or days (write e.g. PT48H or P3D); legal terms in months use icj:limit.`, { timer: id, duration });
  }
  if (date !== null && !isInstant(date)) {
    log.error(id, 'timer-date', `Timer ${id}: timeDate "${date}" is not a date and time with its zone (write e.g. 2026-12-01T09:00:00+06:00).`, { timer: id, date });
  }

  if (attr.limit === null) {
    if (duration === null && date === null && !definition.timeCycle) {
      log.error(id, 'timer-without-due', `Timer ${id} does not say when it falls due: cite a rulebook limit with icj:limit, or give a timeDuration or timeDate.`, { timer: id });
    }
    for (const name of ['anchor', 'child', 'gravity', 'warn', 'extensions', 'term'] as const) {
      if (attr[name] !== null) log.warning(id, 'timer-attribute-unused.without-limit', `Timer ${id}: icj:${name} is used only with icj:limit, so it is ignored.`, { timer: id, attribute: `icj:${name}` });
    }
  } else if (duration !== null || date !== null) {
    const ignored = duration !== null ? 'timeDuration' : 'timeDate';
    log.warning(id, 'timer-attribute-unused.with-limit', `Timer ${id} cites icj:limit ${attr.limit}, so its ${ignored} is ignored.`, { timer: id, limit: attr.limit, ignored });
  }

  if (log.errors.length > before) return null;
  return { limit: attr.limit, anchor, child, gravity, warn, extensions, term, duration, date };
}

function expressionText(expression: BpmnElement | undefined): string | null {
  const text = expression?.body?.trim();
  return text ? text : null;
}

/** A duration the engine counts by the clock: minutes, hours or days (or zero), forwards. */
function isClockDuration(text: string, zeroAllowed = false): boolean {
  try {
    const d = parseDuration(text);
    return !d.before && (d.unit === 'minute' || d.unit === 'hour' || d.unit === 'day' || (zeroAllowed && d.unit === 'instant'));
  } catch {
    return false;
  }
}

function isInstant(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text) && !Number.isNaN(Date.parse(text));
}
