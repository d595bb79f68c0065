// The rows of the statistics store (db/migrations/20261204-010-statistics.ts), as the pure
// projection computes them and the repository writes them. Column names are the table's.

/** What a case is counted by, repeated in every fact of the case so no indicator joins. */
export interface CaseDimensions {
  unit_id: string;
  agency: string;
  region: string;
  gravity: string;
  crime_article: string;
  iccs_code: string | null;
  iccs_section: string | null;
}

/** What a person is counted by: an ordinal in the case, never an id or a name. */
export interface PersonDimensions {
  ordinal: number;
  sex: string;
  age_band: string | null;
  is_child: boolean;
}

export interface StatCaseRow extends CaseDimensions {
  case_id: string;
  received_at: Date;
  registered_at: Date;
  check_outcome: 'opened' | 'refused' | null;
  decided_at: Date | null;
  terminated_at: Date | null;
  sent_to_court_at: Date | null;
  court_received_at: Date | null;
  first_verdict_at: Date | null;
  disposed_at: Date | null;
  disposal: 'refused' | 'terminated' | 'adjudicated' | null;
  term_overdue_from: Date | null;
  suspects: number;
  victims: number;
  detained: number;
}

export interface StatPersonRow extends CaseDimensions, PersonDimensions {
  case_id: string;
  role: string;
  relationship_to_suspect: string | null;
  joined_at: Date;
  charged_at: Date | null;
  prosecuted_at: Date | null;
  verdict: 'conviction' | 'acquittal' | null;
  verdict_at: Date | null;
  sentence_type: string | null;
  in_force_at: Date | null;
  probation_from: Date | null;
  probation_months: number | null;
  probation_reports: number;
  probation_missed: number;
}

export interface StatDeprivationRow extends CaseDimensions, PersonDimensions {
  case_id: string;
  kind: 'detention' | 'custody' | 'imprisonment';
  started_at: Date;
  due_at: Date | null;
  ended_at: Date | null;
  ended_by: string | null;
  limit_met: boolean | null;
  court_decision_at: Date | null;
  extensions: number;
  sentenced_at: Date | null;
}

export interface StatDeadlineRow extends CaseDimensions {
  deadline_id: string;
  case_id: string;
  limit_id: string;
  liberty: boolean;
  status: string;
  anchor_at: Date;
  due_at: Date;
  closed_at: Date | null;
  is_child: boolean | null;
}

/** All the facts of one case. */
export interface CaseFactRows {
  case: StatCaseRow;
  persons: StatPersonRow[];
  deprivations: StatDeprivationRow[];
  deadlines: StatDeadlineRow[];
}
