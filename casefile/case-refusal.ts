/** Stable codes of the case invariants' refusals; the UI translates them (ru, ky, en). */
export const caseRefusalCodes = [
  'person-not-in-case', 'role-not-eligible', 'not-task-person', 'contradicts-case', 'before-fact', 'in-future', 'precondition',
] as const;
export type CaseRefusalCode = (typeof caseRefusalCodes)[number];

/**
 * One refusal: the field (JSON pointer), a stable code, an English message for API clients and
 * logs, and the case fact it contradicts (`params.fact`, `params.expected`), with the article
 * where the law makes it a rule (`params.basis`). Shaped like a schema FieldError.
 */
export interface CaseRefusal {
  path: string;
  code: CaseRefusalCode;
  message: string;
  params: Record<string, unknown>;
}
