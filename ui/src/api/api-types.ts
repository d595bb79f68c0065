/** Shapes of the JSON the v1 API returns (see DESIGN.md, "API"). */

/** A user role. */
export type Role = 'officer' | 'supervisor' | 'legal' | 'analyst' | 'admin' | 'auditor';

/** `GET /api/me`. */
export interface Me {
  id: string;
  username: string;
  fullName: string;
  role: Role;
  unitId: string;
  unitName: string;
}

/** One procedural task. */
export interface Task {
  id: string;
  caseId: string;
  registerNumber: string;
  recordType: string;
  role: Role;
  status: 'open' | 'completed' | 'cancelled';
  personId: string | null;
  personLabel: string | null;
  dueAt: string | null;
  createdAt: string;
  claimedBy: string | null;
  /** Full name of the officer holding the task. */
  claimedByName: string | null;
  completedAt: string | null;
}

/** One running or finished legal time limit. */
export interface Deadline {
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
  status: 'running' | 'met' | 'expired';
}

/** A row of `GET /api/cases`. */
export interface CaseListItem {
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

/** A person in a case (suspects only in v1). */
export interface Person {
  id: string;
  role: 'suspect';
  label: string;
  lastName: string;
  firstName: string;
  birthDate: string;
  sex: string;
  isChild: boolean;
  detainedAt: string | null;
}

/** `GET /api/cases/:id`. */
export interface CaseDetail extends CaseListItem {
  summary: string;
  region: string;
  persons: Person[];
  tasks: Task[];
  deadlines: Deadline[];
}

/** One record of a case's append-only, hash-chained timeline. */
export interface CaseRecord {
  id: string;
  seq: number;
  recordType: string;
  schemaVersion: number | string;
  data: unknown;
  actor: { id: string; username: string; fullName: string };
  recordedAt: string;
  hash: string;
  prevHash: string | null;
}

/** `GET /api/cases/:id/verify`. */
export interface ChainVerification {
  valid: boolean;
  count: number;
  brokenAtSeq: number | null;
}

/** `POST /api/cases` (201). */
export interface CreatedCase {
  id: string;
  registerNumber: string;
  workflowId: string;
  status: string;
}

/** A supervisor's alert about a limit close to or past its due instant. */
export interface Escalation {
  id: string;
  caseId: string;
  registerNumber: string;
  deadlineId: string;
  limitId: string;
  severity: 'warning' | 'expired';
  personLabel: string | null;
  dueAt: string;
  raisedAt: string;
  status: 'open' | 'acknowledged';
  message: string;
}

/** The `{items}` envelope of list endpoints. */
export interface ItemList<T> {
  items: T[];
}
