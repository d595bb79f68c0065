import { Router } from 'express';
import { inboxTasks } from '../../domain/task-queries';
import { pageSizeOf } from '../../domain/list-page';
import { assignTask, claimTask, completeTask, getTaskDetail, taskAssignees, unclaimTask } from '../../domain/tasks';
import type { ApiDeps } from '../app';
import { userOf } from '../session';

/** The inbox: open tasks, claiming, giving back, handing over, completing (a workflow update). */
export function taskRoutes({ domain }: ApiDeps): Router {
  const r = Router();
  r.get('/tasks', async (req, res) => {
    res.json(await inboxTasks(domain, userOf(req), pageSizeOf(req.query.size)));
  });
  r.get('/tasks/:id', async (req, res) => {
    res.json(await getTaskDetail(domain, userOf(req), req.params.id));
  });
  r.post('/tasks/:id/claim', async (req, res) => {
    res.json(await claimTask(domain, userOf(req), req.params.id));
  });
  r.post('/tasks/:id/unclaim', async (req, res) => {
    res.json(await unclaimTask(domain, userOf(req), req.params.id));
  });
  r.post('/tasks/:id/assign', async (req, res) => {
    res.json(await assignTask(domain, userOf(req), req.params.id, req.body));
  });
  r.get('/tasks/:id/assignees', async (req, res) => {
    res.json({ items: await taskAssignees(domain, userOf(req), req.params.id) });
  });
  r.post('/tasks/:id/complete', async (req, res) => {
    res.json({ record: await completeTask(domain, userOf(req), req.params.id, req.body) });
  });
  return r;
}
