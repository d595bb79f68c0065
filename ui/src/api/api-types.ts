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
  FailedWorkflowItem as FailedWorkflow,
  ItemList,
  BoardList,
  TaskList,
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

/** A breakdown of the national picture (statistics/indicators/dimensions.ts). */
export type StatisticsDimension = 'region' | 'agency' | 'unit' | 'iccs' | 'gravity' | 'sex' | 'age' | 'child' | 'relationship' | 'limit';

/**
 * An indicator of the catalogue (`GET /api/statistics/indicators`): its written definition, the
 * breakdowns it allows, its target (held past a limit: 0). The server's `catalogueItem`
 * (statistics/indicator-answer.ts), which imports server code, so declared here;
 * test/ui/statistics-dashboard.test.ts fails the type check if the two drift.
 */
export interface StatisticsIndicator {
  id: string;
  group: string;
  unit: string;
  title: { en: string; ru: string; ky: string };
  definition: { en: string; ru: string; ky: string };
  humanRights: boolean;
  /** Counted at the end of the period rather than over it. */
  stock: boolean;
  target: number | null;
  dimensions: readonly StatisticsDimension[];
}

/** The catalogue and the part of the country the user's statistics cover (null: the country). */
export interface StatisticsCatalogue {
  region: string | null;
  items: StatisticsIndicator[];
}

/** One published cell: `'*'` in its key where it is a margin; a withheld count is null, never 0. */
export interface IndicatorCell {
  key: Readonly<Record<string, string>>;
  value: number | null;
  counts: Record<string, number | null>;
  /** A count behind the value is below the threshold, or withheld to protect one that is. */
  withheld: boolean;
}

/** `GET /api/statistics/indicators/:id`: the indicator for the period, broken down and protected. */
export interface IndicatorAnswer {
  indicator: StatisticsIndicator;
  /** The first and the last day counted (yyyy-mm-dd, Bishkek). */
  from: string;
  to: string;
  by: string[];
  filters: Record<string, string>;
  region: string | null;
  threshold: number;
  cells: IndicatorCell[];
}
