import type { Task } from '../api/api-types';

/** The inbox's three lists, each in the order the server sent (overdue acts about liberty first, then by due instant). */
export interface InboxSections {
  /** Claimed by the user. */
  mine: Task[];
  /** The user may perform them and nobody holds them yet: to claim. */
  institution: Task[];
  /** Visible but not the user's to do now: held by a colleague, or performed by another role or institution. */
  supervised: Task[];
}

/** Sorts the open tasks the user sees into the inbox's sections. */
export function inboxSections(tasks: readonly Task[], userId: string): InboxSections {
  const out: InboxSections = { mine: [], institution: [], supervised: [] };
  for (const task of tasks) {
    if (task.claimedBy !== null && String(task.claimedBy) === String(userId)) out.mine.push(task);
    else if (task.canAct && task.claimedBy === null) out.institution.push(task);
    else out.supervised.push(task);
  }
  return out;
}
