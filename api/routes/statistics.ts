import { Router } from 'express';
import { indicatorAnswer, indicatorCsv, listIndicators } from '../../statistics/indicator-answer';
import { unCtsCsv, unCtsExport } from '../../statistics/un-cts';
import type { ApiDeps } from '../app';
import { userOf } from '../session';

/**
 * The national picture (issue 10): the indicator catalogue, an indicator broken down and
 * protected (JSON, or CSV by `Accept: text/csv`), and the UN-CTS tables. Analysts and the Prosecutor
 * General's office see the country, other prosecutors their region; aggregates only, for everyone.
 */
export function statisticsRoutes({ domain, statisticsThreshold }: ApiDeps): Router {
  const r = Router();
  r.get('/statistics/indicators', async (req, res) => {
    res.json(await listIndicators(domain.db, userOf(req)));
  });
  r.get('/statistics/indicators/:id', async (req, res) => {
    const answer = await indicatorAnswer(domain.db, userOf(req), String(req.params.id), req.query as Record<string, unknown>, statisticsThreshold, domain.clock());
    if (req.accepts(['application/json', 'text/csv']) === 'text/csv') {
      res.type('text/csv').attachment(`${answer.indicator.id}-${answer.from}-${answer.to}.csv`).send(indicatorCsv(answer));
      return;
    }
    res.json(answer);
  });
  r.get('/statistics/un-cts', async (req, res) => {
    const exported = await unCtsExport(domain.db, userOf(req), req.query.year, statisticsThreshold, domain.clock());
    if (req.accepts(['application/json', 'text/csv']) === 'text/csv') {
      res.type('text/csv').attachment(`un-cts-${exported.year}.csv`).send(unCtsCsv(exported));
      return;
    }
    res.json(exported);
  });
  return r;
}
