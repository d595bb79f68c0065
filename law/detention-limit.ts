import { BISHKEK_OFFSET_MS } from './bishkek-time';

/**
 * The detention limit (rulebook id `detention.max`): how long a person may be held after actual
 * detention before a court's custody order must reach the facility.
 *
 * Constitution KR 59(4); CPC KR 43(2), 100(2)-(3): 48 hours, 24 hours for a child. The clock runs
 * from the hour and minute of actual detention (CPC 137(2)(5), 5(22)) and, as a detention term,
 * never rolls over to a working day (CPC 137(2)(4)). Pure: safe in workflows.
 */
export interface DetentionLimit {
  limitId: 'detention.max';
  basis: string;
  anchorAt: string;
  dueAt: string;
  warnAt: string[];
  hours: number;
}

const HOUR_MS = 3_600_000;
export const DETENTION_BASIS = 'Constitution KR 59(4); CPC KR 43(2), 100(2)-(3)';
/** Warnings before expiry: a shift ahead and the last hours (rulebook default `icj:warn="PT12H PT3H"`). */
export const DETENTION_WARNINGS_HOURS = [12, 3] as const;

export function detentionLimit(detainedAt: string, isChild: boolean): DetentionLimit {
  const anchor = Date.parse(detainedAt);
  if (Number.isNaN(anchor)) throw new RangeError(`not an instant: ${detainedAt}`);
  // CPC KR 100(3): a child is held at most 24 hours; others 48 hours (100(2)).
  const hours = isChild ? 24 : 48;
  const due = anchor + hours * HOUR_MS;
  return {
    limitId: 'detention.max',
    basis: DETENTION_BASIS,
    anchorAt: new Date(anchor).toISOString(),
    dueAt: new Date(due).toISOString(),
    // A warning can never come before the detention itself (a child's 24 h still warns at 12 h and 3 h).
    warnAt: DETENTION_WARNINGS_HOURS.map((h) => due - h * HOUR_MS).filter((t) => t > anchor).map((t) => new Date(t).toISOString()),
    hours,
  };
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
