// The JSON shapes the v1 API answers with: written once, used by the server and (type-only) by the
// UI. Deliberately free of imports so the browser build can read it.

/** The roles of ICJIMS (org/roles.ts: who holds them by law, in which kind of unit). */
export type Role =
  | 'investigator' | 'head-of-unit' | 'prosecutor' | 'investigating-judge' | 'judge' | 'facility-officer' | 'probation-officer'
  | 'legal' | 'analyst' | 'auditor' | 'admin';

/** The authenticated user (`GET /api/me` adds `can`). */
export interface SessionUser {
  id: string;
  username: string;
  fullName: string;
  role: Role;
  unitId: string;
  unitName: string;
  unitCode: string;
  /** The unit's kind (org/roles.ts UnitKind). */
  unitKind: string;
  /** Prosecutors: the rung of the extension ladder they decide on (CPC KR 162), e.g. district-or-city-prosecutor. */
  ladderAuthority: string | null;
}

/** What the user may do (org/roles.ts capabilitiesOf): the API enforces each, the UI shows nothing else. */
export interface Capabilities {
  /** Register a crime report (CPC KR 145-146: the body of inquiry or investigation). */
  registerCase: boolean;
  /** Correct recorded acts and add participants: those who conduct or supervise the case. */
  editCaseFile: boolean;
  /** Correct a fact anchoring a liberty clock: the head of unit (CPC KR 38(2)(3)) or the supervising prosecutor (CPC KR 35). */
  correctClock: boolean;
  /** The escalation board of liberty limits (CPC KR 38(2)(3), 35). */
  board: boolean;
  /** Reassign tasks and order a release: supervising roles (CPC KR 35(1), 38(2)). */
  supervise: boolean;
  /** Edit, validate and deploy procedure diagrams. */
  editProcedures: boolean;
  /** Users and units. */
  administer: boolean;
  /** Case files: the case list and pages (those who conduct, supervise, try or execute cases). */
  cases: boolean;
  /** An inbox of procedural tasks (the roles that perform acts, the facility included). */
  inbox: boolean;
  /** Aggregated statistics only. */
  statistics: boolean;
  /** The access log. */
  audit: boolean;
}

/** `GET /api/me`. */
export interface Me extends SessionUser {
  can: Capabilities;
}

/** One procedural task. */
export interface TaskItem {
  id: string;
  caseId: string;
  registerNumber: string;
  workflowId: string;
  recordType: string;
  role: string;
  status: 'open' | 'completed' | 'cancelled';
  personId: string | null;
  personLabel: string | null;
  dueAt: string | null;
  createdAt: string;
  claimedBy: string | null;
  /** Full name of the officer holding the task. */
  claimedByName: string | null;
  completedAt: string | null;
  /** The institution that performs the task (org/performer.ts), or null when the case's unit has none. */
  unitId: string | null;
  unitName: string | null;
  /** Whether the signed-in user may perform it (their role, their institution or one above it for prosecutors). */
  canAct: boolean;
  /** Whether the user may open the case (a facility officer acts on the person held, without the case file). */
  caseVisible: boolean;
  /** Whether the signed-in user may hand it to someone else: its holder, or the head of unit or prosecutor over it. */
  canAssign: boolean;
  /** An act about liberty (detention, custody, release) past its due instant: first in every list. */
  overdueLiberty: boolean;
  /** A release task: when the supervising prosecutor or head of unit ordered the release (CPC 12(2), 35(1)). */
  releaseOrderedAt: string | null;
}

/** One running or finished legal time limit. */
export interface DeadlineItem {
  id: string;
  caseId: string;
  registerNumber: string;
  limitId: string;
  basis: string;
  personId: string | null;
  personLabel: string | null;
  anchorAt: string;
  dueAt: string;
  warnAt: string[];
  status: 'running' | 'met' | 'expired' | 'cancelled';
}

/** A row of `GET /api/cases`. */
export interface CaseSummary {
  id: string;
  registerNumber: string;
  unitId: string;
  unitName: string;
  status: string;
  stage: string;
  crimeArticle: string;
  gravity: string;
  registeredAt: string;
  nextDeadlineAt: string | null;
}

/** A person in a case: a suspect (later accused, defendant, convicted or acquitted), a victim, ... */
export interface PersonView {
  id: string;
  /** The role the person was registered with. */
  role: string;
  /** Every role over time (a suspect charged becomes accused: the suspect span ends then). */
  roles: Array<{ role: string; since: string; until?: string }>;
  label: string;
  /** Null once a retention rule destroyed the person's key (privacy/retention-run.ts); so are the birth date, citizenship. */
  lastName: string | null;
  firstName: string | null;
  birthDate: string | null;
  sex: string;
  /** Null when the date of birth is unknown (a victim). */
  isChild: boolean | null;
  detainedAt: string | null;
  citizenship: string | null;
  /** Victims: UNODC ICCS relationship to the suspect. */
  relationshipToSuspect: string | null;
}

/** What a task's form needs from the case file (`GET /api/tasks/:id`). */
export interface TaskForm {
  /** The persons of the case, each with the facts a form shows read-only (age as of today). */
  persons: Array<{
    id: string; label: string; roles: string[]; sex: string; ageBand: string | null; isChild: boolean | null; detainedAt: string | null;
  }>;
  /** The person the task is about (a detained suspect's instance), or null. */
  taskPersonId: string | null;
  case: { registerNumber: string; gravity: string; receivedAt: string };
  /** Facts of the user who records the act (`x-icj-from: actor.ladderAuthority`: a prosecutor's rung, CPC KR 162). */
  actor: { ladderAuthority: string | null };
}

/** `GET /api/tasks/:id`. */
export interface TaskDetail extends TaskItem {
  form: TaskForm;
}

/** `GET /api/cases/:id`. */
export interface CaseDetail extends CaseSummary {
  /** Null once a retention rule destroyed the case's key. */
  summary: string | null;
  region: string;
  source: string;
  receivedAt: string;
  persons: PersonView[];
  tasks: TaskItem[];
  deadlines: DeadlineItem[];
  /** Steps of the case's workflows that keep failing: shown to a person, never only logged. */
  incidents: IncidentItem[];
}

/** One record of a case's append-only, hash-chained timeline. */
export interface RecordItem {
  id: string;
  seq: number;
  recordType: string;
  schemaVersion: number;
  /** As recorded, its personal fields opened (the hash covers their sealed form). */
  data: Record<string, unknown>;
  /** Pointers of personal fields a retention rule removed (their key destroyed): they read as null. */
  removed: string[];
  /** With the corrections applied: what the case holds now. */
  currentData: Record<string, unknown>;
  /** Amendment records that corrected this record, oldest first. */
  corrections: Array<{
    seq: number; path: string; oldValue: unknown; newValue: unknown; reason: string;
    actor: { id: string; username: string; fullName: string }; recordedAt: string;
  }>;
  actor: { id: string; username: string; fullName: string };
  recordedAt: string;
  hash: string;
  prevHash: string | null;
}

/** `GET /api/cases/:id/verify`. */
export interface ChainVerdict {
  valid: boolean;
  count: number;
  brokenAtSeq: number | null;
}

/** `POST /api/cases` (201). */
export interface RegisteredCase {
  id: string;
  registerNumber: string;
  workflowId: string;
  status: 'open';
}

/** A supervisor's alert about a limit close to or past its due instant. */
export interface EscalationItem {
  id: string;
  caseId: string;
  registerNumber: string;
  deadlineId: string | null;
  limitId: string | null;
  /** warning: a limit is near; expired: it passed; alert: the procedure needs a person (no limit involved). */
  severity: 'warning' | 'expired' | 'alert';
  personLabel: string | null;
  dueAt: string | null;
  /** BPMN element that raised it, if any. */
  elementId: string | null;
  raisedAt: string;
  status: 'open' | 'acknowledged';
  message: string;
  acknowledgedBy: string | null;
  acknowledgedAt: string | null;
  /** The comment given on acknowledging. */
  ackComment: string | null;
  personId: string | null;
  /** The case's investigative unit. */
  unitId: string;
  unitName: string;
  /** The prosecutor's office it is escalated to now, and how many rungs it climbed unacknowledged. */
  targetUnitId: string | null;
  targetUnitName: string | null;
  level: number;
  /** Escalated to the user's own office, or the user heads the case's unit. */
  forMe: boolean;
}

/** The relations of an investigative unit (org/organisation-types.ts RelationKind). */
export type UnitRelationKind = 'supervising-office' | 'court' | 'facility' | 'probation-office';

/** A unit with its relations (`GET /api/units`). */
export interface UnitItem {
  id: string; code: string; name: string; names: { ru: string; ky: string; en: string } | null; agency: string | null; kind: string;
  rung: string | null; parentId: string | null; region: string | null; district: string | null; active: boolean;
  relations: Partial<Record<UnitRelationKind, string>>;
}

/** A user as administrators see it (`GET /api/users`; no password hash). */
export interface UserAdminItem {
  id: string; username: string; fullName: string; role: Role; unitId: string; unitCode: string; unitName: string;
  prosecutorRank: string | null; active: boolean; createdAt: string;
  /** Whether the user has a confirmed TOTP second factor (org/roles.ts `requiresSecondFactor`), which an administrator can reset. */
  secondFactorEnrolled: boolean;
}

/** A colleague who may perform a task (`GET /api/tasks/:id/assignees`). */
export interface Assignee {
  id: string;
  fullName: string;
  unitId: string;
  unitName: string;
}

/** One read of personal data, as the auditor sees it (`GET /api/audit/access`): who, from which unit, whose data, through what, when. */
export interface AccessItem {
  id: number; at: string; userId: string; username: string; fullName: string; role: string;
  unitId: string | null; unitName: string | null; caseId: string | null; registerNumber: string | null; action: string; persons: string[];
}

/** A user who read the data of more distinct persons within an hour than the threshold (`GET /api/audit/alerts`). */
export interface AccessAlert {
  userId: string; username: string; hour: string; persons: number;
}

/** The `{items}` envelope of list endpoints. */
export interface ItemList<T> {
  items: T[];
}

/** `GET /api/escalations`: the board's first `size` escalations, and whether there are more. */
/** `GET /api/tasks`: the most urgent open tasks (all up to 500 unless `size` is given), and whether more are open. */
export interface TaskList extends ItemList<TaskItem> {
  more: boolean;
}

export interface BoardList extends ItemList<EscalationItem> {
  more: boolean;
}

/** `GET /api/deadlines`: the first `size` running deadlines, nearest first, and whether there are more. */
export interface DeadlineList extends ItemList<DeadlineItem> {
  more: boolean;
}

/** A workflow step that keeps failing: the case cannot progress until it succeeds (or is repaired). */
export interface IncidentItem {
  id: string;
  caseId: string;
  registerNumber: string;
  workflowId: string;
  /** What keeps failing: recordStep (writing a record), applyProjections (tasks, deadlines). */
  activity: string;
  attempts: number;
  /** The error's class and code only (e.g. "error ECONNREFUSED"), never the data. */
  error: string;
  firstSeen: string;
  lastSeen: string;
  /** The workflow in Temporal's Web UI (the API adds it when one is configured). */
  temporalUrl?: string | null;
}

/** A case workflow that ended without finishing its procedure: failed, terminated or timed out. */
export interface FailedWorkflowItem {
  workflowId: string;
  runId: string;
  /** FAILED, TERMINATED, TIMED_OUT (Temporal's execution status). */
  status: string;
  closedAt: string | null;
  caseId: string | null;
  registerNumber: string | null;
  temporalUrl?: string | null;
}
