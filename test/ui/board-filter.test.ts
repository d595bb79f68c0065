import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Rulebook } from '../../law/rulebook-types';
import { escalationFilter } from '../../domain/escalations';
import { boardFilterOf, boardQuery } from '../../ui/src/escalations/board-filter';
import { canOrderRelease } from '../../ui/src/escalations/can-order-release';

const UNIT = '6f1c2a7e-5b7d-4c1e-9a3b-2d4e5f6a7b8c';

describe('ui escalation board - filters and the order to release', () => {
  it('reads the filters from the URL and writes them back as the query the server reads, in a fixed order', () => {
    const filter = boardFilterOf(new URLSearchParams(`unit=${UNIT}&limit=detention.max&severity=expired&status=open`));
    assert.deepEqual(filter, { status: 'open', severity: 'expired', limit: 'detention.max', unit: UNIT });
    assert.equal(boardQuery(filter), `?status=open&severity=expired&limit=detention.max&unit=${UNIT}`);
    // the server's own parser accepts exactly what the board sends
    assert.deepEqual(escalationFilter(Object.fromEntries(new URLSearchParams(boardQuery(filter).slice(1)))), { status: 'open', severity: 'expired', limitId: 'detention.max', unitId: UNIT });
  });

  it('drops values the server would refuse, and sends no query at all without filters', () => {
    assert.deepEqual(boardFilterOf(new URLSearchParams('status=closed&severity=loud&limit=DROP TABLE&unit=42')), {});
    assert.equal(boardQuery({}), '');
    assert.equal(boardQuery({ severity: 'alert' }), '?severity=alert');
  });

  it('offers Order release only once a term of deprivation of liberty of a person has expired, as the rulebook marks them', () => {
    const rulebook = JSON.parse(readFileSync('law/rulebook/rulebook.json', 'utf8')) as Rulebook;
    const e = { severity: 'expired' as const, personId: 'p1', limitId: 'detention.max' };
    assert.equal(canOrderRelease(e, rulebook), true);
    assert.equal(canOrderRelease({ ...e, limitId: 'custody.term' }, rulebook), true);
    assert.equal(canOrderRelease({ ...e, limitId: 'trial.custody' }, rulebook), true);
    assert.equal(canOrderRelease({ ...e, limitId: 'detention.record-to-prosecutor' }, rulebook), false, 'a late record holds no one longer');
    assert.equal(canOrderRelease({ ...e, limitId: 'investigation.term' }, rulebook), false, 'no one is held by it');
    assert.equal(canOrderRelease({ ...e, severity: 'warning' }, rulebook), false, 'not before it expires');
    assert.equal(canOrderRelease({ ...e, personId: null }, rulebook), false, 'nobody to release');
    assert.equal(canOrderRelease({ ...e, limitId: null }, rulebook), false);
    assert.equal(canOrderRelease(e, undefined), false, 'not while the rulebook loads');
  });
});
