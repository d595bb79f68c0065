import { ajv } from '../law/ajv';
import { BISHKEK_OFFSET_MS } from '../law/bishkek-time';
import { toFieldErrors, type FieldError } from '../law/record-schemas';

/**
 * A simulation scenario (JSON), for legal staff trying a diagram before deploying it:
 *   { "facts": {...case variables...},
 *     "steps": [
 *       { "complete": "RecordDecision", "as": "officer", "data": {...} },   // complete the open task of that element
 *       { "advance": "PT30H" },                                             // move the clock (ISO duration: minutes, hours, days)
 *       { "advanceUntil": "ExtendInvestigation", "within": "P20D" },        // move it until that element has an open task
 *       { "expect": { "openTasks": ["RecordRelease"], "records": ["report-registration"],
 *                     "escalations": ["warning", "expired"], "finished": false } } ] }
 * More expectations: "openTasksInclude" / "openTasksExclude" (element ids among / not among the
 * open tasks), "deadlines" ({"custody.term": "running"}: the status of each limit's latest
 * deadline), "stage" (the case's stage).
 * Strings "$now" and "$now-PT2H" / "$now+PT1H" anywhere in facts or data become instants relative
 * to the simulated clock when the step runs; "$today" and "$today+P30D" become Bishkek dates. `item` picks among several open tasks of one element
 * (0-based: the case's own tasks first, then by the person's ordinal in the case, then by creation).
 */
export interface Scenario {
  facts: Record<string, unknown>;
  steps: ScenarioStep[];
}

export type ScenarioStep =
  | { complete: string; as?: string; user?: string; item?: number; data: Record<string, unknown>; expectRejection?: boolean }
  | { advance: string }
  | { advanceUntil: string; within: string }
  | { expect: ScenarioExpectation };

export interface ScenarioExpectation {
  openTasks?: string[];
  /** These are among the open tasks (others may be open too). */
  openTasksInclude?: string[];
  /** None of these is open. */
  openTasksExclude?: string[];
  /** Status of each limit's latest deadline: running, met, expired or cancelled. */
  deadlines?: Record<string, 'running' | 'met' | 'expired' | 'cancelled'>;
  /** The case's stage (icj:stage of the last element reached). */
  stage?: string;
  records?: string[];
  escalations?: string[];
  finished?: boolean;
}

const scenarioSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['steps'],
  properties: {
    facts: { type: 'object' },
    steps: {
      type: 'array',
      minItems: 1,
      items: {
        oneOf: [
          {
            type: 'object', additionalProperties: false, required: ['complete', 'data'],
            properties: {
              complete: { type: 'string', minLength: 1 }, as: { type: 'string' }, user: { type: 'string' }, item: { type: 'integer', minimum: 0 },
              data: { type: 'object' }, expectRejection: { type: 'boolean' },
            },
          },
          { type: 'object', additionalProperties: false, required: ['advance'], properties: { advance: { type: 'string', pattern: '^P(T\\d+[HM]|\\d+D)$' } } },
          {
            type: 'object', additionalProperties: false, required: ['advanceUntil', 'within'],
            properties: { advanceUntil: { type: 'string', minLength: 1 }, within: { type: 'string', pattern: '^P(T\\d+[HM]|\\d+D)$' } },
          },
          {
            type: 'object', additionalProperties: false, required: ['expect'],
            properties: {
              expect: {
                type: 'object', additionalProperties: false,
                properties: {
                  openTasks: { type: 'array', items: { type: 'string' } },
                  openTasksInclude: { type: 'array', items: { type: 'string' } },
                  openTasksExclude: { type: 'array', items: { type: 'string' } },
                  deadlines: { type: 'object', additionalProperties: { enum: ['running', 'met', 'expired', 'cancelled'] } },
                  stage: { type: 'string' },
                  records: { type: 'array', items: { type: 'string' } },
                  escalations: { type: 'array', items: { enum: ['warning', 'expired', 'alert'] } },
                  finished: { type: 'boolean' },
                },
              },
            },
          },
        ],
      },
    },
  },
};
const validateScenarioShape = ajv.compile(scenarioSchema);

/** Checks a scenario's shape; returns its problems. */
export function validateScenario(candidate: unknown): FieldError[] {
  return validateScenarioShape(candidate) ? [] : toFieldErrors(validateScenarioShape.errors ?? []);
}

const RELATIVE = /^\$now(?:([+-])P(?:T(\d+)([HM])|(\d+)D))?$/;

const RELATIVE_DAY = /^\$today(?:([+-])P(\d+)D)?$/;

/**
 * Replaces "$now", "$now-PT2H" (and the like) with instants relative to `nowMs`, and "$today",
 * "$today+P30D" with Bishkek dates (for fields that are dates), at any depth.
 */
export function resolveInstants<T>(value: T, nowMs: number): T {
  if (typeof value === 'string') {
    const day = RELATIVE_DAY.exec(value);
    if (day) {
      const days = Number(day[2] ?? 0) * (day[1] === '-' ? -1 : 1);
      return new Date(nowMs + BISHKEK_OFFSET_MS + days * 86_400_000).toISOString().slice(0, 10) as T;
    }
    const m = RELATIVE.exec(value);
    if (!m) return value;
    const amount = Number(m[2] ?? m[4] ?? 0);
    const unitMs = m[3] === 'H' ? 3_600_000 : m[3] === 'M' ? 60_000 : 86_400_000;
    const sign = m[1] === '-' ? -1 : 1;
    return new Date(nowMs + sign * amount * unitMs).toISOString() as T;
  }
  if (Array.isArray(value)) return value.map((v) => resolveInstants(v, nowMs)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveInstants(v, nowMs)])) as T;
  }
  return value;
}

/** ISO duration of a step (minutes, hours or days) in milliseconds. */
export function advanceMs(duration: string): number {
  const m = /^P(?:T(\d+)([HM])|(\d+)D)$/.exec(duration);
  if (!m) throw new RangeError(`not a duration: ${duration}`);
  if (m[3]) return Number(m[3]) * 86_400_000;
  return Number(m[1]) * (m[2] === 'H' ? 3_600_000 : 60_000);
}
