import { capabilitiesOf } from '../org/roles';
import type { DomainDeps, SessionUser } from './deps';
import { scopeCases } from './case-scope';
import type { IncidentItem } from './views';

interface IncidentRow {
  id: string; case_id: string; register_number: string; workflow_id: string; activity: string; attempts: number; error: string;
  first_seen: Date; last_seen: Date;
}

/**
 * Open incidents: workflow steps that keep failing (activities/incident-watch.ts), for the case
 * page and the supervisors' board, on the cases the user may see. Nothing of the data is in them.
 */
export async function listIncidents(deps: DomainDeps, user: SessionUser, filter: { caseId?: string } = {}): Promise<IncidentItem[]> {
  // Administrators run the system: they see every incident, which holds no personal data.
  const all = deps.db('incidents as i').join('cases as c', 'c.id', 'i.case_id');
  const q = (capabilitiesOf(user.role).administer ? all : scopeCases(all, user))
    .whereNull('i.resolved_at')
    .select('i.*', 'c.register_number')
    .orderBy('i.first_seen', 'asc');
  if (filter.caseId) q.where('i.case_id', filter.caseId);
  const rows: IncidentRow[] = await q.limit(500);
  return rows.map((r) => ({
    id: r.id, caseId: r.case_id, registerNumber: r.register_number, workflowId: r.workflow_id, activity: r.activity,
    attempts: r.attempts, error: r.error, firstSeen: r.first_seen.toISOString(), lastSeen: r.last_seen.toISOString(),
  }));
}
