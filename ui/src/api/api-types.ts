/** Shapes of the JSON the v1 API returns: the server's own declarations, imported type-only. */
export type {
  Role,
  SessionUser as Me,
  TaskItem as Task,
  DeadlineItem as Deadline,
  CaseSummary as CaseListItem,
  PersonView as Person,
  CaseDetail,
  RecordItem as CaseRecord,
  ChainVerdict as ChainVerification,
  RegisteredCase as CreatedCase,
  EscalationItem as Escalation,
  ItemList,
} from '../../../domain/views';
