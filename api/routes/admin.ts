import { Router } from 'express';
import { createUser, listUsers, resetPassword, resetSecondFactor, updateUser } from '../../domain/user-admin';
import { createUnit, listUnits, updateUnit } from '../../domain/unit-admin';
import type { ApiDeps } from '../app';
import { userOf } from '../session';

/** Administration: users and units, every change audited (domain/user-admin.ts, domain/unit-admin.ts). */
export function adminRoutes({ domain }: ApiDeps): Router {
  const r = Router();
  r.get('/units', async (_req, res) => {
    res.json({ items: await listUnits(domain) });
  });
  r.post('/units', async (req, res) => {
    res.status(201).json(await createUnit(domain, userOf(req), req.body));
  });
  r.patch('/units/:id', async (req, res) => {
    res.json(await updateUnit(domain, userOf(req), req.params.id, req.body));
  });
  r.get('/users', async (req, res) => {
    res.json({ items: await listUsers(domain, userOf(req)) });
  });
  r.post('/users', async (req, res) => {
    res.status(201).json(await createUser(domain.db, userOf(req), req.body));
  });
  r.patch('/users/:id', async (req, res) => {
    res.json(await updateUser(domain, userOf(req), req.params.id, req.body));
  });
  r.post('/users/:id/password', async (req, res) => {
    res.json(await resetPassword(domain, userOf(req), req.params.id, req.body));
  });
  r.delete('/users/:id/second-factor', async (req, res) => {
    res.json(await resetSecondFactor(domain, userOf(req), req.params.id));
  });
  return r;
}
