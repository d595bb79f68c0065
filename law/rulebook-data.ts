import rulebookJson from './rulebook/rulebook.json';
import calendarJson from './calendar/kg-calendar.json';
import type { LimitRule, Rulebook } from './rulebook-types';
import type { WorkCalendar } from './work-calendar';

// The rulebook and the calendar as plain data, with no validation code: importable in workflows.
// law/rulebook.ts validates the same data at load in every Node process.

export const rulebookData = rulebookJson as unknown as Rulebook;
export const workCalendar = calendarJson as unknown as WorkCalendar;

/** A limit of the rulebook, or undefined. */
export function findLimit(id: string): LimitRule | undefined {
  return rulebookData.limits.find((l) => l.id === id);
}
