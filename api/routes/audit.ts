import { Router } from 'express';
import { accessAlerts, accessCsv, accessFilter, listAccess } from '../../domain/access-audit';
import { InputError } from '../../domain/errors';
import type { ApiDeps } from '../app';
import { userOf } from '../session';

/** The auditor's view of the access log: who read whose data; CSV by `Accept: text/csv`; alerts. */
export function auditRoutes({ domain, accessAlertPersonsPerHour }: ApiDeps): Router {
  const r = Router();
  r.get('/audit/access', async (req, res) => {
    const items = await listAccess(domain, userOf(req), accessFilter(req.query));
    if (req.accepts(['application/json', 'text/csv']) === 'text/csv') {
      res.type('text/csv').attachment('access-log.csv').send(accessCsv(items));
      return;
    }
    res.json({ items });
  });
  r.get('/audit/alerts', async (req, res) => {
    const raw = req.query.threshold;
    const threshold = raw === undefined ? accessAlertPersonsPerHour : Number(raw);
    if (!Number.isInteger(threshold) || threshold < 0 || threshold > 100_000) {
      throw new InputError('Bad threshold', [{ path: '/threshold', message: 'must be a whole number of persons', code: 'type', params: { type: 'integer' } }], 400);
    }
    res.json({ threshold, items: await accessAlerts(domain, userOf(req), threshold) });
  });
  return r;
}
