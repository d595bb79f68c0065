import { Router } from 'express';
import { getCase, getCaseRecords, listCases, verifyCase } from '../../domain/case-queries';
import { registerCase } from '../../domain/register-case';
import { getCaseProgress } from '../../domain/case-progress';
import { correctRecord } from '../../domain/correct-record';
import { addParticipant } from '../../domain/add-participant';
import type { ApiDeps } from '../app';
import { userOf } from '../session';

/** Registering reports and reading cases (need-to-know applies to every row). */
export function caseRoutes({ domain }: ApiDeps): Router {
  const r = Router();
  r.post('/cases', async (req, res) => {
    const created = await registerCase(domain, userOf(req), req.body);
    res.status(201).location(`/api/cases/${created.id}`).json(created);
  });
  r.get('/cases', async (req, res) => {
    res.json({ items: await listCases(domain, userOf(req)) });
  });
  r.get('/cases/:id', async (req, res) => {
    res.json(await getCase(domain, userOf(req), req.params.id));
  });
  r.get('/cases/:id/records', async (req, res) => {
    res.json({ items: await getCaseRecords(domain, userOf(req), req.params.id) });
  });
  r.post('/cases/:id/corrections', async (req, res) => {
    res.status(201).json({ record: await correctRecord(domain, userOf(req), req.params.id, req.body) });
  });
  r.post('/cases/:id/participants', async (req, res) => {
    res.status(201).json(await addParticipant(domain, userOf(req), req.params.id, req.body));
  });
  r.get('/cases/:id/progress', async (req, res) => {
    res.json(await getCaseProgress(domain, userOf(req), req.params.id));
  });
  r.get('/cases/:id/verify', async (req, res) => {
    res.json(await verifyCase(domain, userOf(req), req.params.id));
  });
  return r;
}
