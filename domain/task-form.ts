import { seesCaseFile } from './case-scope';
import { openPersonRows } from '../privacy/person-columns';
import { currentRoles } from '../casefile/case-facts';
import { loadCaseFacts } from '../db/case-facts-repo';
import { ageBandAt } from '../law/age-band';
import { isChildAt } from '../law/child-age';
import type { DomainDeps, SessionUser } from './deps';
import { logAccess } from './access-log';
import { NotFoundError } from './errors';
import { personLabel } from './person-label';
import type { TaskForm, TaskItem } from './views';

/**
 * What a task's form needs from the case file: the persons to choose from by name (never by id),
 * each with the facts the form shows read-only (age as of today: the server recomputes it on the
 * day of the act), the person the task is about, and the case's own facts. Reading names is logged.
 */
export async function taskForm(deps: DomainDeps, user: SessionUser, task: TaskItem): Promise<TaskForm> {
  const facts = await loadCaseFacts(deps.db, task.caseId);
  if (!facts) throw new NotFoundError('No such task', 'not-found');
  const rows = await openPersonRows(deps.db, await deps.db('persons').where({ case_id: task.caseId }).orderBy('ordinal').select('id', 'last_name', 'first_name'));
  const labels = new Map(rows.map((r) => [r.id, personLabel(r.last_name, r.first_name)]));
  const shown = seesCaseFile(user) ? facts.persons.map((p) => p.id) : [task.personId].filter((p): p is string => p !== null);
  await logAccess(deps.db, user, task.caseId, 'read-task-persons', shown);
  const today = deps.clock().toISOString();
  // A facility officer acts on the person held, without the case file (CPC 100): that person only.
  const persons = seesCaseFile(user) ? facts.persons : facts.persons.filter((p) => p.id === task.personId);
  return {
    persons: persons.map((p) => ({
      id: p.id, label: labels.get(p.id) ?? '?', roles: currentRoles(p), sex: p.sex,
      ageBand: p.birthDate ? ageBandAt(p.birthDate, today) : null, isChild: p.birthDate ? isChildAt(p.birthDate, today) : null,
      detainedAt: p.detainedAt,
    })),
    taskPersonId: task.personId,
    case: { registerNumber: facts.registerNumber, gravity: facts.gravity, receivedAt: facts.receivedAt },
    actor: { ladderAuthority: user.ladderAuthority },
  };
}
