import { computeDeadline, type ComputedDeadline } from './deadline-calculus';
import type { FieldError } from './record-schemas';
import { findLimit, workCalendar } from './rulebook';
import type { Gravity } from './rulebook-types';

export interface DeadlineRequest {
  limit?: string;
  from?: string;
  child?: boolean;
  gravity?: string;
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const GRAVITIES: Gravity[] = ['small', 'less-grave', 'grave', 'especially-grave'];

/** Checks a request for a deadline (API and command line alike) and computes it from the rulebook. */
export function resolveDeadline(req: DeadlineRequest): { deadline: ComputedDeadline & { title: Record<string, string> } } | { errors: FieldError[] } {
  const errors: FieldError[] = [];
  const rule = req.limit ? findLimit(req.limit) : undefined;
  if (!req.limit) errors.push({ path: '/limit', message: 'is required', code: 'required' });
  else if (!rule) errors.push({ path: '/limit', message: `unknown limit: ${req.limit}`, code: 'unknownLimit' });
  if (!req.from) errors.push({ path: '/from', message: 'is required', code: 'required' });
  else if (!INSTANT.test(req.from) || Number.isNaN(Date.parse(req.from))) {
    errors.push({ path: '/from', message: `not an ISO 8601 instant with a time zone: ${req.from}`, code: 'format', params: { format: 'date-time' } });
  }
  if (req.gravity !== undefined && !GRAVITIES.includes(req.gravity as Gravity)) {
    errors.push({ path: '/gravity', message: `must be one of: ${GRAVITIES.join(', ')}`, code: 'enum', params: { allowedValues: GRAVITIES } });
  }
  if (errors.length > 0 || !rule || !req.from) return { errors };
  const deadline = computeDeadline(rule, req.from, { child: req.child, gravity: req.gravity as Gravity | undefined }, workCalendar);
  return { deadline: { ...deadline, title: rule.title } };
}
