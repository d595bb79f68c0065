import { Router } from 'express';
import { criminalCodeCatalogue } from '../../law/criminal-code';
import { resolveDeadline } from '../../law/deadline-request';
import { rulebook } from '../../law/rulebook';
import { InputError } from '../../domain/errors';

/** The law as the system applies it: the rulebook, the deadline calculus and the Criminal Code catalogue. Public: no personal data. */
export function lawRoutes(): Router {
  const r = Router();
  r.get('/law/limits', (_req, res) => {
    res.json(rulebook);
  });
  r.get('/law/criminal-code', (_req, res) => {
    res.json(criminalCodeCatalogue());
  });
  r.get('/law/deadline', (req, res) => {
    const q = req.query as Record<string, unknown>;
    const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
    const child = text(q.child);
    if (child !== undefined && child !== 'true' && child !== 'false') {
      throw new InputError('Invalid deadline request', [{ path: '/child', message: 'must be true or false', code: 'type', params: { type: 'boolean' } }]);
    }
    const result = resolveDeadline({ limit: text(q.limit), from: text(q.from), child: child === 'true', gravity: text(q.gravity) });
    if ('errors' in result) throw new InputError('Invalid deadline request', result.errors);
    res.json(result.deadline);
  });
  return r;
}
