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
