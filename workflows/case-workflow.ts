import { allHandlersFinished, condition, setHandler, upsertSearchAttributes, workflowInfo } from '@temporalio/workflow';
import { acts, localActs } from './activities-proxy';
import { caseStateQuery, completeTaskUpdate, type CaseWorkflowInput, type DeadlineView } from './definitions';
import { watchDetention } from './detention-watch';
import { nextDeadlineKey, stageKey } from './search-attributes';
import { TaskBook } from './task-book';
import { asRecordFailure } from './record-failure';

/**
 * One criminal case, from the registration of the report (CPC KR 144-147). The registration is
 * recorded first; each detained suspect then gets their own detention limit running in parallel.
 */
export async function caseWorkflow(input: CaseWorkflowInput): Promise<{ recordsWritten: number }> {
  const { workflowId } = workflowInfo();
  const book = new TaskBook();
  const deadlines: DeadlineView[] = [];
  let stage = 'registered';
  let recordsWritten = 0;

  setHandler(caseStateQuery, () => ({ stage, tasks: book.view(), deadlines: deadlines.map((d) => ({ ...d })) }));

  setHandler(
    completeTaskUpdate,
    async ({ taskId, data, actor }) => {
      const task = book.get(taskId);
      book.setStatus(taskId, 'completing');
      try {
        const result = await localActs.recordStep({
          caseId: input.caseId, workflowId, stepKey: taskId, recordType: task.recordType, data, actor, taskId,
        });
        book.setStatus(taskId, 'completed', data);
        recordsWritten++;
        return result;
      } catch (e) {
        book.setStatus(taskId, 'open');
        throw asRecordFailure(e);
      }
    },
    { validator: ({ taskId, actor }) => book.assertCompletable(taskId, actor) },
  );

  // CPC KR 145(1), 147: the report is entered in the register without delay.
  await acts.recordStep({
    caseId: input.caseId, workflowId, stepKey: 'registration', recordType: 'report-registration',
    data: input.registration, actor: input.actor, taskId: null,
  });
  recordsWritten++;

  const detained = input.persons.filter((p): p is typeof p & { detainedAt: string } => p.detainedAt !== null);
  if (detained.length > 0) {
    stage = 'detention';
    publishSearchAttributes(stage, deadlines);
    await acts.setCaseStage({ caseId: input.caseId, stage });
    const watches = detained.map((person) => watchDetention(input, person, book, deadlines));
    // Deadlines are opened at the start of each watch; publish the earliest once they exist.
    await condition(() => deadlines.length === detained.length);
    publishSearchAttributes(stage, deadlines);
    await Promise.all(watches);
    stage = 'pre-investigation';
    publishSearchAttributes(stage, deadlines);
    await acts.setCaseStage({ caseId: input.caseId, stage });
  }
  await condition(allHandlersFinished);
  return { recordsWritten };
}

function publishSearchAttributes(stage: string, deadlines: DeadlineView[]): void {
  const running = deadlines.filter((d) => d.status === 'running').map((d) => Date.parse(d.dueAt));
  upsertSearchAttributes([
    { key: stageKey, value: stage },
    running.length > 0 ? { key: nextDeadlineKey, value: new Date(Math.min(...running)) } : { key: nextDeadlineKey, value: null },
  ]);
}
