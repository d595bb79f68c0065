import { orderRelease } from '../../domain/release-order';
import { reassignEscalatedCase } from '../../domain/reassign-escalated-case';
import { Router } from 'express';
import { acknowledgeEscalation, escalationBoard, escalationFilter } from '../../domain/escalations';
import { deadlineList } from '../../domain/deadline-queries';
import { listIncidents } from '../../domain/incident-queries';
import { ForbiddenError } from '../../domain/errors';
import { capabilitiesOf } from '../../org/roles';
import type { ApiDeps } from '../app';
import { userOf } from '../session';

/** Running deadlines and the supervisors' escalation board. */
export function escalationRoutes({ domain }: ApiDeps): Router {
  const r = Router();
  r.get('/deadlines', async (req, res) => {
    res.json({ items: await deadlineList(domain, userOf(req)) });
  });
  r.get('/escalations', async (req, res) => {
    res.json({ items: await escalationBoard(domain, userOf(req), escalationFilter(req.query)) });
  });
  r.get('/incidents', async (req, res) => {
    const user = userOf(req);
    if (!capabilitiesOf(user.role).board && !capabilitiesOf(user.role).administer) throw new ForbiddenError('Incidents are on the supervisors board', 'board-supervisors-only');
    res.json({ items: await listIncidents(domain, user) });
  });
  r.post('/escalations/:id/reassign', async (req, res) => {
    res.json(await reassignEscalatedCase(domain, userOf(req), req.params.id, req.body));
  });
  r.post('/escalations/:id/order-release', async (req, res) => {
    res.status(201).json({ record: await orderRelease(domain, userOf(req), req.params.id, req.body) });
  });
  r.post('/escalations/:id/acknowledge', async (req, res) => {
    res.json(await acknowledgeEscalation(domain, userOf(req), req.params.id, req.body));
  });
  return r;
}
