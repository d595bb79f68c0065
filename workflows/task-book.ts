import { ApplicationFailure } from '@temporalio/workflow';
import { failureTypes, type Actor, type TaskView } from './definitions';

/** The workflow's own book of tasks: the source of truth the `tasks` table projects. */
export class TaskBook {
  private readonly tasks = new Map<string, TaskView & { data?: Record<string, unknown> }>();

  add(task: Omit<TaskView, 'status'>): void {
    this.tasks.set(task.id, { ...task, status: 'open' });
  }

  /** Update validator: refuses an unknown or closed task, or an actor without the task's role. */
  assertCompletable(taskId: string, actor: Actor): void {
    const task = this.tasks.get(taskId);
    if (!task) throw ApplicationFailure.nonRetryable(`task ${taskId} is not part of this case`, failureTypes.taskNotFound);
    if (task.status !== 'open') throw ApplicationFailure.nonRetryable(`task ${taskId} is ${task.status}`, failureTypes.taskNotOpen);
    if (actor.role !== task.role && actor.role !== 'admin') {
      throw ApplicationFailure.nonRetryable(`this task is performed by the role ${task.role}, not ${actor.role}`, failureTypes.roleNotAllowed);
    }
  }

  get(taskId: string): TaskView & { data?: Record<string, unknown> } {
    const task = this.tasks.get(taskId);
    if (!task) throw new Error(`unknown task ${taskId}`);
    return task;
  }

  setStatus(taskId: string, status: TaskView['status'], data?: Record<string, unknown>): void {
    const task = this.get(taskId);
    task.status = status;
    if (data) task.data = data;
  }

  isCompleted(taskId: string): boolean {
    return this.get(taskId).status === 'completed';
  }

  view(): TaskView[] {
    return [...this.tasks.values()].map(({ data: _data, ...task }) => task);
  }
}
