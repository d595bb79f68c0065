import { findLimit } from '../law/rulebook-data';

/**
 * What the work-list bench's synthetic tasks and deadlines are made of (bench/work-list-population.ts):
 * the user tasks of the shipped procedure (bpmn/procedures/criminal-case.bpmn) with their record,
 * role, scope and term, in the order a case meets them, and the rulebook limits its timers guard,
 * with the basis, duration and warnings the rulebook gives them (law/rulebook/rulebook.json).
 */
export interface Step {
  element: string;
  record: string;
  role: string;
  /** The workflow that holds the task: the case's, a detained person's child or the probation child. */
  scope: 'case' | 'detention' | 'probation';
  person: boolean;
  /** Hours from opening to the term of the task's scope (its earliest timer); 0: due at once; null: no term. */
  dueHours: number | null;
}

const step = (element: string, record: string, role: string, scope: Step['scope'], dueHours: number | null): Step =>
  ({ element, record, role, scope, person: scope !== 'case', dueHours });

export const STEPS: Record<string, Step> = {
  DecideOnCase: step('DecideOnCase', 'check-decision', 'investigator', 'case', 240),
  NotifyFamily: step('NotifyFamily', 'notification', 'investigator', 'detention', null),
  RecordToProsecutor: step('RecordToProsecutor', 'detention-record-to-prosecutor', 'investigator', 'detention', 12),
  MotionToCourt: step('MotionToCourt', 'measure-motion', 'investigator', 'detention', 45),
  RecordDecision: step('RecordDecision', 'measure-decision', 'investigating-judge', 'detention', 48),
  ExtensionMotion: step('ExtensionMotion', 'custody-extension-motion', 'investigator', 'detention', 1320),
  ExtensionDecision: step('ExtensionDecision', 'custody-extension-decision', 'investigating-judge', 'detention', 72),
  RecordRelease: step('RecordRelease', 'release', 'facility-officer', 'detention', 0),
  ChargeDecision: step('ChargeDecision', 'charge-decision', 'investigator', 'case', null),
  ExtendInvestigation: step('ExtendInvestigation', 'investigation-extension-decision', 'prosecutor', 'case', null),
  DrawUpIndictment: step('DrawUpIndictment', 'indictment', 'investigator', 'case', 1440),
  ProsecutorReview: step('ProsecutorReview', 'prosecutor-indictment-decision', 'prosecutor', 'case', 120),
  FurtherInvestigation: step('FurtherInvestigation', 'indictment', 'investigator', 'case', 720),
  CourtFirstDecision: step('CourtFirstDecision', 'court-first-decision', 'judge', 'case', 120),
  RecordVerdict: step('RecordVerdict', 'verdict', 'judge', 'case', 1440),
  RecordAppeal: step('RecordAppeal', 'appeal', 'judge', 'case', 720),
  InForceWithoutAppeal: step('InForceWithoutAppeal', 'entry-into-force', 'judge', 'case', null),
  InForceAfterAppeal: step('InForceAfterAppeal', 'entry-into-force', 'judge', 'case', 1440),
  RegisterProbationer: step('RegisterProbationer', 'probation-registration', 'probation-officer', 'probation', null),
};

/** The acts of a case with a detained suspect, and of one without, in the order the procedure asks for them. */
export const DETAINED_SEQUENCE = ['DecideOnCase', 'NotifyFamily', 'RecordToProsecutor', 'MotionToCourt', 'RecordDecision', 'ExtensionMotion', 'ExtensionDecision',
  'ChargeDecision', 'DrawUpIndictment', 'ProsecutorReview', 'CourtFirstDecision', 'RecordVerdict', 'InForceWithoutAppeal', 'RegisterProbationer'];
export const FREE_SEQUENCE = ['DecideOnCase', 'ChargeDecision', 'ExtendInvestigation', 'DrawUpIndictment', 'ProsecutorReview', 'FurtherInvestigation',
  'DrawUpIndictment', 'ProsecutorReview', 'CourtFirstDecision', 'RecordVerdict', 'RecordAppeal', 'InForceAfterAppeal', 'RegisterProbationer'];

/** The acts open at a given moment, by weight: most work waits on the investigators, then the courts and the prosecutors. */
export const OPEN_STEP_WEIGHTS: ReadonlyArray<readonly [string, number]> = [
  ['DecideOnCase', 12], ['ChargeDecision', 14], ['DrawUpIndictment', 16], ['NotifyFamily', 2], ['RecordToProsecutor', 2], ['MotionToCourt', 3],
  ['ExtensionMotion', 6], ['FurtherInvestigation', 3], ['RecordDecision', 3], ['ExtensionDecision', 3], ['ExtendInvestigation', 6],
  ['ProsecutorReview', 8], ['CourtFirstDecision', 5], ['RecordVerdict', 8], ['RecordAppeal', 2], ['InForceWithoutAppeal', 2], ['RecordRelease', 1],
  ['RegisterProbationer', 4],
];

export interface Limit {
  id: string;
  /** The BPMN timer that guards it (the escalation's element). */
  element: string;
  person: boolean;
  basis: string;
  duration: string;
  warnings: string[];
}

const limit = (id: string, element: string, person: boolean): Limit => {
  const rule = findLimit(id);
  if (!rule) throw new Error(`no rulebook limit ${id}`);
  return { id, element, person, basis: rule.basisText, duration: rule.duration, warnings: rule.warnings };
};

/** Limits that run while a case is open, by weight (the first of a case is one of the case-wide ones). */
export const RUNNING_LIMIT_WEIGHTS: ReadonlyArray<readonly [Limit, number]> = [
  [limit('investigation.term', 'InvestigationTerm', false), 30], [limit('custody.term', 'CustodyTerm', true), 20],
  [limit('check.decide', 'CheckTerm', false), 10], [limit('trial.term', 'TrialTerm', false), 10],
  [limit('prosecutor.review-indictment', 'ReviewTerm', false), 5], [limit('court.first-decision', 'FirstDecisionTerm', false), 5],
  [limit('appeal.verdict', 'AppealTerm', false), 5], [limit('investigation.after-return', 'AfterReturnTerm', false), 3],
  [limit('probation.first-report', 'FirstReportTerm', true), 5], [limit('custody.extension-decide', 'ExtensionDecisionTerm', true), 2],
  [limit('detention.max', 'DetentionLimit', true), 2], [limit('detention.to-court', 'ToCourtLimit', true), 2],
  [limit('detention.record-to-prosecutor', 'ToProsecutorLimit', true), 1],
];

/** The limits every case has met, broken or seen cancelled: the check, then the detention or the investigation term. */
export const CHECK_LIMIT = limit('check.decide', 'CheckTerm', false);
export const DETENTION_LIMIT = limit('detention.max', 'DetentionLimit', true);
export const INVESTIGATION_LIMIT = limit('investigation.term', 'InvestigationTerm', false);

/** Limits whose unacknowledged escalation climbs after an hour (org/escalation-policy.json); the others after a day. */
export const FAST_CLIMBING = ['detention.max', 'custody.term', 'detention.to-court', 'measure.judge-decides'];

/** A weighted list as 100 slots, to pick from with one number in SQL. */
export function slots<T>(weighted: ReadonlyArray<readonly [T, number]>): T[] {
  const total = weighted.reduce((s, [, w]) => s + w, 0);
  const out: T[] = [];
  let acc = 0;
  for (const [v, w] of weighted) {
    acc += w;
    while (out.length < Math.round((acc / total) * 100)) out.push(v);
  }
  return out;
}
