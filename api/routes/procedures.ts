import express, { Router, type Request } from 'express';
import { deployProcedure, getProcedureVersion, listProcedures, validateProcedure } from '../../domain/procedures';
import { InputError } from '../../domain/errors';
import { storableTextErrors } from '../../law/record-schemas';
import type { ApiDeps } from '../app';
import { userOf } from '../session';

/** The diagram in a request: raw XML (application/xml, text/xml) or JSON {"xml": "..."}. */
function xmlOf(req: Request): string {
  const xml = typeof req.body === 'string' ? req.body : (req.body as { xml?: unknown } | undefined)?.xml;
  if (typeof xml === 'string' && xml.trim()) {
    const unstorable = storableTextErrors({ xml });
    if (unstorable.length > 0) throw new InputError('The diagram contains characters that cannot be stored', unstorable);
    return xml;
  }
  throw new InputError('Send the BPMN diagram as XML, or as JSON {"xml": "..."}', [{ path: '/xml', message: 'is required', code: 'required' }], 400, 'diagram-required');
}

/** Procedure versions: validate, deploy (legal staff), list, read. */
export function procedureRoutes({ domain }: ApiDeps): Router {
  const r = Router();
  const xmlBody = express.text({ type: ['application/xml', 'text/xml', 'application/bpmn+xml'], limit: '2mb' });
  r.get('/procedures', async (_req, res) => {
    res.json({ items: await listProcedures(domain) });
  });
  r.get('/procedures/:key/versions/:version', async (req, res) => {
    res.json(await getProcedureVersion(domain, req.params.key, req.params.version));
  });
  r.post('/procedures/:key/validate', xmlBody, async (req, res) => {
    res.json(await validateProcedure(userOf(req), req.params.key, xmlOf(req)));
  });
  r.post('/procedures/:key/versions', xmlBody, async (req, res) => {
    // The same diagram as the latest version adds none: 200 with that version, not a duplicate.
    const { created, ...version } = await deployProcedure(domain, userOf(req), req.params.key, xmlOf(req));
    res.status(created ? 201 : 200).location(`/api/procedures/${version.key}/versions/${version.version}`).json(version);
  });
  return r;
}
