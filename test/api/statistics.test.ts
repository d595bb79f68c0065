import assert from 'node:assert/strict';
import { registration } from '../support/fixtures';
import { startTestStack, type TestStack } from '../support/stack';

describe('API: statistics, aggregates only, for analysts and prosecutors', function () {
  this.timeout(120_000);
  let stack: TestStack;
  let kase: { id: string; registerNumber: string };
  before(async () => {
    stack = await startTestStack();
    const hour = 3_600_000;
    const created = await stack.api('/api/cases', { method: 'POST', body: registration(new Date(Date.now() - hour).toISOString(), [{ detainedAt: new Date(Date.now() - 2 * hour).toISOString(), lastName: 'Statistova' }]) });
    assert.equal(created.status, 201);
    kase = created.body;
  });
  after(async () => {
    await stack?.stop();
  });

  it('the catalogue: every indicator with its definition in three languages; the scope by office', async () => {
    const analyst = await stack.api('/api/statistics/indicators', { user: 'analyst1' });
    assert.equal(analyst.status, 200);
    assert.equal(analyst.body.region, null);
    assert.ok(analyst.body.items.length >= 29);
    for (const i of analyst.body.items) assert.ok(i.definition.ru && i.definition.ky && i.definition.en, i.id);
    assert.equal((await stack.api('/api/statistics/indicators', { user: 'prosecutor5' })).body.region, null, "the Prosecutor General's office: the country");
    assert.equal((await stack.api('/api/statistics/indicators', { user: 'prosecutor3' })).body.region, 'osh-city', 'the Osh city office: its region');
    const officer = await stack.api('/api/statistics/indicators', { user: 'officer1' });
    assert.deepEqual([officer.status, officer.body.code], [403, 'statistics-not-allowed']);
  });

  it('an indicator answers cells of counts, never a row about a person: no name, no register number, no id, nothing between 1 and 4', async () => {
    const res = await stack.api('/api/statistics/indicators/persons-detained?by=region,sex', { user: 'analyst1' });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const text = JSON.stringify(res.body);
    assert.ok(!text.includes(kase.registerNumber) && !text.includes(kase.id) && !text.includes('Statistova'), 'nothing of the case');
    assert.ok(res.body.cells.length > 0);
    for (const cell of res.body.cells) {
      assert.deepEqual(Object.keys(cell).sort(), ['counts', 'key', 'value', 'withheld']);
      assert.deepEqual(Object.keys(cell.key).sort(), ['region', 'sex']);
      for (const n of Object.values(cell.counts) as Array<number | null>) assert.ok(n === null || n === 0 || n >= 5, `a count of ${n}`);
      if (cell.withheld) assert.equal(cell.value, null);
    }
    const osh = await stack.api('/api/statistics/indicators/persons-detained?by=region', { user: 'prosecutor3' });
    assert.deepEqual([...new Set(osh.body.cells.map((c: { key: { region: string } }) => c.key.region))].filter((r) => r !== '*' && r !== 'osh-city'), [], 'a regional office sees its region only');
  });

  it('CSV by Accept: text/csv, the withheld marked', async () => {
    const res = await fetch(`${stack.baseUrl}/api/statistics/indicators/persons-suspected?by=sex&gravity=less-grave`, { headers: { authorization: `Bearer ${await stack.tokenFor('analyst1')}`, accept: 'text/csv' } });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /text\/csv/);
    const [header, ...lines] = (await res.text()).trim().split('\r\n');
    assert.equal(header, 'indicator,from,to,region_scope,filters,sex,value,unit,suspects,withheld');
    assert.ok(lines.every((l) => l.includes(',gravity=less-grave,')), 'each line says its filter');
    assert.ok(lines.length >= 1);
    for (const line of lines) assert.ok(!/,[1-4],/.test(line), line);
  });

  it('a bad query is a 400 naming each parameter, and an unknown indicator a 404', async () => {
    const bad = await stack.api('/api/statistics/indicators/persons-detained?by=name,sex&colour=red&from=2026-13-01', { user: 'analyst1' });
    assert.deepEqual([bad.status, bad.body.code], [400, 'statistics-query-invalid']);
    assert.deepEqual(bad.body.errors.map((e: { path: string }) => e.path).sort(), ['/by', '/colour', '/from']);
    assert.equal((await stack.api('/api/statistics/indicators/no-such-thing', { user: 'analyst1' })).status, 404);
    assert.equal((await stack.api('/api/statistics/indicators/victims?by=limit', { user: 'analyst1' })).status, 400, 'a breakdown the indicator does not have');
  });

  it('the UN-CTS tables of a year', async () => {
    const res = await stack.api(`/api/statistics/un-cts?year=${new Date().getUTCFullYear()}`, { user: 'analyst1' });
    assert.equal(res.status, 200);
    assert.deepEqual(res.body.tables.map((t: { table: string }) => t.table), ['offences-by-iccs', 'homicide-victims', 'persons-contact', 'persons-prosecuted', 'persons-convicted', 'unsentenced']);
    assert.equal((await stack.api('/api/statistics/un-cts?year=12', { user: 'analyst1' })).status, 400);
    const csv = await fetch(`${stack.baseUrl}/api/statistics/un-cts?year=${new Date().getUTCFullYear()}`, { headers: { authorization: `Bearer ${await stack.tokenFor('analyst1')}`, accept: 'text/csv' } });
    const lines = (await csv.text()).trim().split('\r\n');
    assert.equal(lines[0], 'table,indicator,year,region_scope,breakdown,value,withheld');
    assert.ok(lines.some((l) => l.startsWith('homicide-victims,victims,')), 'every table in the one CSV');
  });
});
