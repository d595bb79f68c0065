import type { ruRetention } from './ru';

/** English texts of the retention periods of personal data (same keys as `ruRetention`). */
export const enRetention: Record<keyof typeof ruRetention, string> = {
  'nav.retention': 'Retention',
  'retention.title': 'Retention periods of personal data',
  'retention.explanation':
    'When a period ends, the encryption keys of the personal data of the persons in a case with that outcome are destroyed: the data can no longer be read or restored. A shorter period destroys the data sooner, in cases already closed too. Every change of a period is recorded: who, when, the old and the new period.',
  'retention.readOnly': 'Legal staff set the periods; here you can only view them.',
  'retention.col.outcome': 'Outcome',
  'retention.col.anchor': 'Runs from',
  'retention.col.subjects': 'Whose data',
  'retention.col.years': 'Period, years',
  'retention.col.updatedAt': 'Last changed',
  'retention.col.updatedBy': 'By',
  'retention.outcome.report-refused': 'Report refused',
  'retention.outcome.case-terminated': 'Case terminated',
  'retention.outcome.acquittal': 'Acquittal',
  'retention.outcome.sentence-served': 'Sentence served',
  'retention.anchor.report-refused': 'the decision refusing to open a case (CPC 153)',
  'retention.anchor.case-terminated': "the prosecutor's decision terminating the case",
  'retention.anchor.acquittal': "the acquittal's entry into force",
  'retention.anchor.sentence-served': 'the end of the sentence (entry into force plus the term or the probation)',
  'retention.subjects.case': 'Everyone in the case',
  'retention.subjects.person': 'Each person separately',
  'retention.yearsOf': 'Retention period in years: {outcome}',
  'retention.save': 'Save',
  'retention.saved': 'Retention period changed: “{outcome}”, {years} years. The change is recorded.',
  'retention.defaultPeriod': 'default',
  'retention.yearsRange': 'the period must be a whole number of years from {min} to {max}',
  'problem.retention-legal-only': 'Only legal staff set retention periods.',
};
