/**
 * The variables a case starts with (domain/register-case.ts sets them), besides what its acts,
 * lists and multi-instance elements provide: what a diagram's conditions and timers may read.
 */
export const caseVariables = ['gravity', 'crimeArticle', 'region', 'detained', 'suspects', 'registeredAt', 'deadlines'] as const;
export type CaseVariable = (typeof caseVariables)[number];
