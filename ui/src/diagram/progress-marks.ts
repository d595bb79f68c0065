import type { CaseProgress } from '../api/procedure-types';

/** Element ids to mark on one drawing. An element both done before and active again is active. */
export interface ProgressMarks {
  done: Set<string>;
  active: Set<string>;
}

/**
 * What to mark on a drawing of `processIds`: the case workflow's own progress on the executable
 * process; on a called process, the union of every instance of it (e.g. one per detained person),
 * found through the call activity each instance ran from.
 */
export function progressMarks(progress: CaseProgress, processIds: string[], calledProcess: Map<string, string>): ProgressMarks {
  const done = new Set<string>();
  const active = new Set<string>();
  const add = (part: { done: string[]; active: string[] }) => {
    part.done.forEach((id) => done.add(id));
    part.active.forEach((id) => active.add(id));
  };
  if (progress.procedure.key !== null && processIds.includes(progress.procedure.key)) add(progress);
  for (const instance of progress.instances) {
    const called = calledProcess.get(instance.elementId);
    if (called !== undefined && processIds.includes(called)) add(instance);
  }
  active.forEach((id) => done.delete(id));
  return { done, active };
}
