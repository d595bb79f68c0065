/**
 * The liberty watchdog's rule (issue 12; Constitution 59(4); CPC 100(2)-(3), 115): every person the
 * records say is deprived of liberty (detained and neither released nor brought before the judge,
 * or in custody and neither released nor sentenced) must have a clock: a running liberty limit, or
 * an open release task once a limit has expired; and the case's workflow, which keeps those clocks,
 * must be running. Anything else is an alarm. Pure: the run (liberty-watchdog-run.ts) reads the facts.
 */
export interface HeldPerson {
  caseId: string;
  personId: string;
  workflowId: string;
  kind: 'detention' | 'custody';
  since: string;
}

export interface LibertyCover {
  /** Persons with a running limit whose rulebook entry is a liberty term. */
  runningLimits: ReadonlySet<string>;
  /** Persons whose release task is open (a limit expired; the facility must let them go). */
  openReleaseTasks: ReadonlySet<string>;
  /** Case workflows known to be running; null when Temporal could not be asked (no workflow alarm then). */
  runningWorkflows: ReadonlySet<string> | null;
}

export type AlarmReason = 'no-liberty-clock' | 'workflow-not-running';

export interface LibertyAlarm extends HeldPerson {
  reason: AlarmReason;
}

export function libertyAlarms(held: readonly HeldPerson[], cover: LibertyCover): LibertyAlarm[] {
  const alarms: LibertyAlarm[] = [];
  for (const p of held) {
    if (!cover.runningLimits.has(p.personId) && !cover.openReleaseTasks.has(p.personId)) alarms.push({ ...p, reason: 'no-liberty-clock' });
    else if (cover.runningWorkflows && !cover.runningWorkflows.has(p.workflowId)) alarms.push({ ...p, reason: 'workflow-not-running' });
  }
  return alarms;
}
