import { Router } from 'express';
import { isRecordType, recordSchema, recordTypes } from '../../law/record-schemas';
import { NotFoundError } from '../../domain/errors';

/** Record JSON Schemas, from which the UI generates its forms. */
export function schemaRoutes(): Router {
  const r = Router();
  r.get('/schemas', (_req, res) => {
    res.json({ items: recordTypes });
  });
  r.get('/schemas/:recordType', (req, res) => {
    if (!isRecordType(req.params.recordType)) throw new NotFoundError(`No record type ${req.params.recordType}`, 'not-found');
    res.type('application/schema+json').json(recordSchema(req.params.recordType));
  });
  return r;
}
