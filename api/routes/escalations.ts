import { pageSizeOf } from '../../domain/list-page';
import { orderRelease } from '../../domain/release-order';
import { reassignEscalatedCase } from '../../domain/reassign-escalated-case';
import { Router } from 'express';
import { acknowledgeEscalation, escalationBoard, escalationFilter } from '../../domain/escalations';
import { deadlineList } from '../../domain/deadline-queries';
import { listIncidents } from '../../domain/incident-queries';
import { actOnIncident, listFailedWorkflows, retryFailedWorkflow } from '../../domain/incident-actions';
import { ForbiddenError } from '../../domain/errors';
import { capabilitiesOf } from '../../org/roles';
import type { ApiDeps } from '../app';
import { userOf } from '../session';

/** Running deadlines and the supervisors' escalation board. */
export function escalationRoutes({ domain, temporalUiOrigin }: ApiDeps): Router {
  const r = Router();
  // Where an administrator opens the workflow in Temporal's Web UI (null: no UI configured).
  const temporalUrl = (workflowId: string) => (temporalUiOrigin
    ? `${temporalUiOrigin}/namespaces/${encodeURIComponent(domain.temporal.options.namespace)}/workflows/${encodeURIComponent(workflowId)}` : null);
  r.get('/deadlines', async (req, res) => {
    res.json(await deadlineList(domain, userOf(req), pageSizeOf(req.query.size)));
  });
  r.get('/escalations', async (req, res) => {
    res.json(await escalationBoard(domain, userOf(req), escalationFilter(req.query)));
  });
  r.get('/incidents', async (req, res) => {
    const user = userOf(req);
    if (!capabilitiesOf(user.role).board && !capabilitiesOf(user.role).administer) throw new ForbiddenError('Incidents are on the supervisors board', 'board-supervisors-only');
    res.json({ items: (await listIncidents(domain, user)).map((i) => ({ ...i, temporalUrl: temporalUrl(i.workflowId) })) });
  });
  r.get('/incidents/workflows', async (req, res) => {
    res.json({ items: (await listFailedWorkflows(domain, userOf(req))).map((w) => ({ ...w, temporalUrl: temporalUrl(w.workflowId) })) });
  });
  r.post('/incidents/workflows/:id/retry', async (req, res) => {
    res.json(await retryFailedWorkflow(domain, userOf(req), req.params.id, req.body?.reason));
  });
  r.post('/incidents/:id/retry', async (req, res) => {
    res.json(await actOnIncident(domain, userOf(req), req.params.id, 'retry', req.body?.reason));
  });
  r.post('/incidents/:id/cancel', async (req, res) => {
    res.json(await actOnIncident(domain, userOf(req), req.params.id, 'cancel', req.body?.reason));
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
