import { Router } from 'express';
import { listRetentionRules, setRetentionYears } from '../../domain/retention-rules';
import type { ApiDeps } from '../app';
import { userOf } from '../session';

/** The retention rules of personal data: everyone may read them; legal staff set the periods. */
export function retentionRoutes({ domain }: ApiDeps): Router {
  const r = Router();
  r.get('/retention-rules', async (_req, res) => {
    res.json({ items: await listRetentionRules(domain.db) });
  });
  r.put('/retention-rules/:key', async (req, res) => {
    res.json(await setRetentionYears(domain, userOf(req), String(req.params.key), req.body));
  });
  return r;
}
