import retentionData from './retention-rules.json';

/**
 * The retention rules (retention-rules.json): per outcome, whose keys go (the case's or the
 * person's) and the default period; the periods in force are in PostgreSQL, set by legal staff.
 */
export interface RetentionRule { outcome: string; years: number; subjects: 'case' | 'person'; en: { name: string; anchor: string }; ru: { name: string; anchor: string } }

export const defaultRetentionRules = retentionData.rules as RetentionRule[];
