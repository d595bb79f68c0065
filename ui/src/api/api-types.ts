import type { TaskForm } from '../../../domain/views';

/** Shapes of the JSON the v1 API returns: the server's own declarations, imported type-only. */
export type {
  Role,
  Me,
  Capabilities,
  TaskItem as Task,
  TaskDetail,
  TaskForm,
  DeadlineItem as Deadline,
  CaseSummary as CaseListItem,
  PersonView as Person,
  CaseDetail,
  RecordItem as CaseRecord,
  ChainVerdict as ChainVerification,
  RegisteredCase as CreatedCase,
  EscalationItem as Escalation,
  IncidentItem as Incident,
  ItemList,
  AccessItem,
  AccessAlert,
} from '../../../domain/views';

/** A person of the case as a task's form offers them: name, current roles, the facts shown read-only. */
export type FormPerson = TaskForm['persons'][number];

/**
 * A retention rule (`GET /api/retention-rules`): how many years the personal data of a case with
 * this outcome is kept before its keys are destroyed, whose data (`case`: everyone in it; `person`:
 * each person the outcome concerns), and who set the period last (null: the shipped default). The
 * server's `RetentionRuleItem` (domain/retention-rules.ts), which imports server code, so declared
 * here; test/ui/retention-page.test.ts fails the type check if the two drift.
 */
export interface RetentionRule {
  outcome: string;
  years: number;
  subjects: 'case' | 'person';
  name: { en: string; ru: string };
  anchor: { en: string; ru: string };
  updatedAt: string;
  updatedBy: string | null;
}
