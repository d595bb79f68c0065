import { useCallback, useState } from 'react';
import { ApiError } from '../api/api-error';
import { apiFetch } from '../api/api-fetch';
import type { Task } from '../api/api-types';
import type { Problem } from '../api/problem';
import type { Notice } from '../components/notice';

/** What {@link useTaskActions} returns. */
export interface TaskActions {
  problem: Problem | undefined;
  notice: Notice | undefined;
  claim(task: Task): Promise<void>;
  giveBack(task: Task): Promise<void>;
  /** After the assign form handed the task over. */
  assigned(task: Task, assigneeName: string): void;
}

/**
 * Claiming a task and giving it back (`POST /api/tasks/:id/claim`, `/unclaim`): `onChanged` gets
 * the task as the server answers it; a refusal is kept to show, and `onFailed` reloads.
 */
export function useTaskActions(onChanged: (task: Task) => void, onFailed: () => void): TaskActions {
  const [problem, setProblem] = useState<Problem>();
  const [notice, setNotice] = useState<Notice>();

  const post = useCallback(
    async (task: Task, action: 'claim' | 'unclaim', done?: Notice) => {
      setProblem(undefined);
      setNotice(undefined);
      try {
        onChanged(await apiFetch<Task>(`/api/tasks/${encodeURIComponent(task.id)}/${action}`, { method: 'POST' }));
        setNotice(done);
      } catch (err) {
        setProblem(err instanceof ApiError ? err.problem : { title: String(err), status: 0 });
        onFailed();
      }
    },
    [onChanged, onFailed],
  );

  return {
    problem,
    notice,
    claim: (task) => post(task, 'claim'),
    giveBack: (task) => post(task, 'unclaim', { key: 'assign.givenBack' }),
    assigned: (task, assigneeName) => {
      setProblem(undefined);
      onChanged(task);
      setNotice({ key: 'assign.done', params: { name: assigneeName } });
    },
  };
}
