/**
 * The performers of acts in procedures deployed before the institutions existed, whose user tasks
 * name `officer` or `supervisor`: by the act, the role the law gives it (CPC KR 32, 264-271 the
 * investigating judge; 277 and on the court; 100(2) the facility; 162, 261 the prosecutor; CEC
 * 165-166 the probation body). Running cases pinned to such a model keep working: their tasks go
 * to the role that performs the act today.
 */
const byRecordType: Record<string, string> = {
  'measure-decision': 'investigating-judge',
  'custody-extension-decision': 'investigating-judge',
  'court-first-decision': 'judge',
  verdict: 'judge',
  appeal: 'judge',
  'entry-into-force': 'judge',
  release: 'facility-officer',
  'probation-registration': 'probation-officer',
  'probation-report': 'probation-officer',
  'investigation-extension-decision': 'prosecutor',
  'prosecutor-indictment-decision': 'prosecutor',
};

/** The role that performs a task: the role the diagram names, or for a legacy role the role of the act. */
export function performingRole(role: string | null, recordType: string): string {
  if (role !== null && role !== 'officer' && role !== 'supervisor') return role;
  return byRecordType[recordType] ?? (role === 'supervisor' ? 'prosecutor' : 'investigator');
}

/** A user's legacy role, by their unit: supervisors of a prosecutor's office became prosecutors, others heads of unit. */
export function migratedUserRole(role: string, unitKind: string): string {
  if (role === 'officer') return 'investigator';
  if (role === 'supervisor') return unitKind === 'prosecutor-office' ? 'prosecutor' : 'head-of-unit';
  return role;
}
