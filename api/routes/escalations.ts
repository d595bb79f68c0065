import { Router } from 'express';
import { acknowledgeEscalation, listEscalations } from '../../domain/escalations';
import { listDeadlines } from '../../domain/deadline-queries';
import { listIncidents } from '../../domain/incident-queries';
import { ForbiddenError } from '../../domain/errors';
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
  r.get('/incidents', async (req, res) => {
    const user = userOf(req);
    if (!['supervisor', 'admin', 'auditor'].includes(user.role)) throw new ForbiddenError('Incidents are on the supervisors board', 'board-supervisors-only');
    res.json({ items: await listIncidents(domain, user) });
  });
  r.post('/escalations/:id/acknowledge', async (req, res) => {
    res.json(await acknowledgeEscalation(domain, userOf(req), req.params.id));
  });
  return r;
}
