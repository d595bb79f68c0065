import { BISHKEK_OFFSET_MS } from './bishkek-time';
import { computeDeadline } from './deadline-calculus';
import { parseDuration } from './duration';
import { findLimit, workCalendar } from './rulebook-data';

/**
 * The detention limit (rulebook id `detention.max`): how long a person may be held after actual
 * detention before a court's custody order must reach the facility.
 *
 * Constitution KR 59(4); CPC KR 43(2), 100(2)-(3): 48 hours, 24 hours for a child. The clock runs
 * from the hour and minute of actual detention (CPC 137(2)(5), 5(22)) and, as a detention term,
 * never rolls over to a working day (CPC 137(2)(4)). The numbers come from the rulebook (data);
 * pure: safe in workflows.
 */
export interface DetentionLimit {
  limitId: string;
  basis: string;
  anchorAt: string;
  dueAt: string;
  warnAt: string[];
  hours: number;
}

export function detentionLimit(detainedAt: string, isChild: boolean): DetentionLimit {
  const rule = findLimit('detention.max');
  if (!rule) throw new Error('the rulebook has no detention.max limit');
  const d = computeDeadline(rule, detainedAt, { child: isChild }, workCalendar);
  return { limitId: d.limitId, basis: d.basis, anchorAt: d.anchorAt, dueAt: d.dueAt, warnAt: d.warnAt, hours: parseDuration(d.duration).amount };
}

/**
 * Whether a person is a child (under 18) at a given instant, counting birthdays in Asia/Bishkek
 * (UTC+06:00 all year): the person turns 18 at 00:00 Bishkek time on their 18th birthday.
 */
export function isChildAt(birthDate: string, at: string): boolean {
  const [y, m, d] = birthDate.split('-').map(Number);
  const eighteenth = Date.UTC(y + 18, m - 1, d) - BISHKEK_OFFSET_MS;
  return Date.parse(at) < eighteenth;
}
