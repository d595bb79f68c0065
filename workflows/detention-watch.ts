import { CancellationScope, condition, isCancellation, sleep, uuid4, workflowInfo } from '@temporalio/workflow';
import { detentionLimit } from '../law/detention-limit';
import { acts } from './activities-proxy';
import type { CaseWorkflowInput, CaseWorkflowPerson, DeadlineView } from './definitions';
import type { TaskBook } from './task-book';

/**
 * The detention limit of one detained person (Constitution KR 59(4); CPC KR 100(2)-(3)).
 * Opens the task of recording the investigating judge's decision and races it against the
 * limit: warnings before expiry; at expiry an escalation and a release task (CPC 100(2)-(4),
 * 12(2)). A decision other than custody also leads to release.
 */
export async function watchDetention(
  input: CaseWorkflowInput,
  person: CaseWorkflowPerson & { detainedAt: string },
  book: TaskBook,
  deadlines: DeadlineView[],
): Promise<void> {
  const limit = detentionLimit(person.detainedAt, person.isChild);
  const deadline: DeadlineView = { id: uuid4(), limitId: limit.limitId, personId: person.personId, dueAt: limit.dueAt, status: 'running' };
  deadlines.push(deadline);
  await acts.openDeadline({
    id: deadline.id, caseId: input.caseId, personId: person.personId, limitId: limit.limitId,
    basis: limit.basis, anchorAt: limit.anchorAt, dueAt: limit.dueAt, warnAt: limit.warnAt,
  });

  const decisionTaskId = await openTask(input, book, 'measure-decision', person.personId, limit.dueAt);

  // Warnings run beside the race and are cancelled as soon as it ends either way.
  const warnings = new CancellationScope();
  const warningsDone = warnings.run(() =>
    Promise.all(limit.warnAt.map(async (at) => {
      const wait = Date.parse(at) - Date.now();
      if (wait <= 0) return;
      await sleep(wait);
      await acts.raiseEscalation({
        id: uuid4(), caseId: input.caseId, deadlineId: deadline.id, severity: 'warning', dueAt: limit.dueAt,
        raisedAt: new Date().toISOString(),
        message: `${person.label}: detention limit (${limit.hours} h) expires at ${limit.dueAt}`,
      });
    })),
  ).catch((e) => {
    if (!isCancellation(e)) throw e;
  });

  // The timer is raced against the act, never slept first.
  const remaining = Date.parse(limit.dueAt) - Date.now();
  const decided = remaining > 0
    ? await condition(() => book.isCompleted(decisionTaskId), remaining)
    : book.isCompleted(decisionTaskId);
  warnings.cancel();
  await warningsDone;

  if (decided) {
    deadline.status = 'met';
    await acts.closeDeadline({ id: deadline.id, status: 'met', at: new Date().toISOString() });
    const outcome = book.get(decisionTaskId).data?.outcome;
    if (outcome === 'custody') return;
  } else {
    deadline.status = 'expired';
    const now = new Date().toISOString();
    await acts.closeDeadline({ id: deadline.id, status: 'expired', at: now });
    // The decision can no longer lawfully keep the person: its task is withdrawn.
    book.setStatus(decisionTaskId, 'cancelled');
    await acts.cancelTask({ id: decisionTaskId, at: now });
    await acts.raiseEscalation({
      id: uuid4(), caseId: input.caseId, deadlineId: deadline.id, severity: 'expired', dueAt: limit.dueAt, raisedAt: now,
      message: `${person.label}: detention limit (${limit.hours} h) expired with no custody order: release at once (CPC KR 100(2), 12(2))`,
    });
  }
  const releaseTaskId = await openTask(input, book, 'release', person.personId, decided ? null : new Date().toISOString());
  await condition(() => book.isCompleted(releaseTaskId));
}

async function openTask(input: CaseWorkflowInput, book: TaskBook, recordType: string, personId: string, dueAt: string | null): Promise<string> {
  const id = uuid4();
  const role = 'officer';
  // Known to the workflow before its row exists: the API finds a task only through its row, so an
  // update can never name a task the workflow has not registered yet.
  book.add({ id, recordType, role, personId, dueAt });
  await acts.openTask({
    id, caseId: input.caseId, workflowId: workflowInfo().workflowId, recordType, role, personId, dueAt,
    createdAt: new Date().toISOString(),
  });
  return id;
}
