import { Router } from 'express';
import { acknowledgeEscalation, listEscalations } from '../../domain/escalations';
import { listDeadlines } from '../../domain/deadline-queries';
import type { ApiDeps } from '../app';
import { userOf } from '../session';

/** Running deadlines and the supervisors' escalation board. */
export function escalationRoutes({ domain }: ApiDeps): Router {
  const r = Router();
  r.get('/deadlines', async (req, res) => {
    res.json({ items: await listDeadlines(domain, userOf(req)) });
  });
  r.get('/escalations', async (req, res) => {
    res.json({ items: await listEscalations(domain, userOf(req)) });
  });
  r.post('/escalations/:id/acknowledge', async (req, res) => {
    res.json(await acknowledgeEscalation(domain, userOf(req), req.params.id));
  });
  return r;
}
