import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { iccsOf } from '../../law/criminal-code';
import { caseFactRows, type CaseSnapshot } from '../../statistics/facts/case-fact-rows';
import { writeFacts } from '../../statistics/facts/facts-repo';
import { indicatorCatalogue, indicatorEntry } from '../../statistics/indicators/catalogue';
import { runIndicator, type IndicatorCell } from '../../statistics/indicators/run-indicator';
import type { Dimension } from '../../statistics/indicators/dimensions';
import { createScratchDatabase, seededDatabase } from '../support/engines';

// A hand-built March 2026 in Bishkek, five cases whose right answers are worked out below:
//  A  murder (CC 122(1)): opened; a man detained 03-02 10:00, custody ordered 34 h later (48-hour
//     limit met), still in custody on 31 March, the investigation past its term since 03-20; his victim a woman, his intimate partner.
//  B  theft: opened; a boy of 16 detained 03-05 08:00, released 28 h later: past his 24-hour
//     limit (the limit expired); the victim a man, a stranger.
//  C  theft: refused on 03-12; a woman suspected, not detained; the victim a woman of her family.
//  D  fraud: opened, the woman accused sent to court 03-20, convicted 03-28 to 24 months, in force
//     03-30; the victim a man, an acquaintance.
//  E  hooliganism: opened, terminated by the prosecutor 03-25; a man suspected; the victim unknown.
const at = (day: string, time = '12:00') => new Date(`2026-03-${day}T${time}:00+06:00`).toISOString();
const unit = randomUUID();
interface PersonSpec { role: string; sex: string; birthDate: string; detainedAt?: string; relationship?: string; isChild?: boolean }
function snapshot(article: string, registeredDay: string, people: PersonSpec[], records: Array<[string, Record<string, unknown>]>, deadlines: CaseSnapshot['deadlines'] = []) {
  const id = randomUUID();
  const persons = people.map((p, i) => ({
    id: randomUUID(), ordinal: i + 1, role: p.role, sex: p.sex, birthDate: p.birthDate, isChild: p.isChild ?? false,
    relationshipToSuspect: p.relationship ?? null, detainedAt: p.detainedAt ?? null,
  }));
  const pid = (i: number) => persons[i]!.id;
  return {
    id, pid, persons,
    build: (recs: Array<[string, Record<string, unknown>]>, dls: CaseSnapshot['deadlines']): CaseSnapshot => ({
      case: { id, unitId: unit, agency: 'interior-ministry', region: 'bishkek', gravity: 'grave', crimeArticle: article, receivedAt: at(registeredDay, '09:00'), registeredAt: at(registeredDay, '09:30') },
      persons,
      records: [['report-registration', {}] as [string, Record<string, unknown>], ...records, ...recs].map(([recordType, data], i) => ({ seq: i + 1, recordType, data, recordedAt: at(registeredDay) })),
      deadlines: [...deadlines, ...dls],
    }),
  };
}

function marchCases(): CaseSnapshot[] {
  const a = snapshot('CC 122(1)', '02', [
    { role: 'suspect', sex: 'male', birthDate: '1990-01-01', detainedAt: at('02', '10:00') },
    { role: 'victim', sex: 'female', birthDate: '1992-06-01', relationship: 'intimate-partner' },
  ], []);
  const b = snapshot('CC 205(1)', '05', [
    { role: 'suspect', sex: 'male', birthDate: '2009-08-01', detainedAt: at('05', '08:00'), isChild: true },
    { role: 'victim', sex: 'male', birthDate: '1970-01-01', relationship: 'stranger' },
  ], []);
  const c = snapshot('CC 205(1)', '10', [
    { role: 'suspect', sex: 'female', birthDate: '1985-01-01' },
    { role: 'victim', sex: 'female', birthDate: '1960-01-01', relationship: 'family-member' },
  ], []);
  const d = snapshot('CC 209(1)', '01', [
    { role: 'suspect', sex: 'female', birthDate: '1980-01-01' },
    { role: 'victim', sex: 'male', birthDate: '1975-01-01', relationship: 'acquaintance' },
  ], []);
  const e = snapshot('CC 280(1)', '03', [
    { role: 'suspect', sex: 'male', birthDate: '2000-01-01' },
    { role: 'victim', sex: 'male', birthDate: '1999-01-01', relationship: 'unknown' },
  ], []);
  const opened = (day: string): [string, Record<string, unknown>] => ['check-decision', { decision: 'open-case', decidedAt: at(day) }];
  return [
    a.build([opened('03'), ['measure-decision', { personId: a.pid(0), outcome: 'custody', decidedAt: at('03', '20:00'), ageBand: '30-39' }]], [
      { id: randomUUID(), limitId: 'detention.max', personId: a.pid(0), anchorAt: at('02', '10:00'), dueAt: at('04', '10:00'), status: 'met', closedAt: at('03', '20:00') },
      { id: randomUUID(), limitId: 'custody.term', personId: a.pid(0), anchorAt: at('03', '20:00'), dueAt: '2026-05-02T04:00:00.000Z', status: 'running', closedAt: null },
      // A deliberately short investigation term, overdue since 20 March and still running.
      { id: randomUUID(), limitId: 'investigation.term', personId: null, anchorAt: at('03'), dueAt: at('20'), status: 'running', closedAt: null },
    ]),
    b.build([opened('05'), ['release', { personId: b.pid(0), releasedAt: at('06', '12:00'), grounds: 'limit-expired', ageBand: '16-17' }]], [
      { id: randomUUID(), limitId: 'detention.max', personId: b.pid(0), anchorAt: at('05', '08:00'), dueAt: at('06', '08:00'), status: 'expired', closedAt: at('06', '08:00') },
    ]),
    c.build([['check-decision', { decision: 'refuse-to-open', decidedAt: at('12') }]], [
      { id: randomUUID(), limitId: 'check.decide', personId: null, anchorAt: at('10'), dueAt: at('20'), status: 'met', closedAt: at('12') },
    ]),
    d.build([
      opened('02'), ['charge-decision', { personId: d.pid(0), chargedAt: at('10'), ageBand: '40-49' }],
      ['prosecutor-indictment-decision', { outcome: 'approved', decidedAt: at('19'), sentToCourtAt: at('20') }],
      ['verdict', { personId: d.pid(0), outcome: 'conviction', pronouncedAt: at('28'), sentenceType: 'imprisonment', termMonths: 24, ageBand: '40-49' }],
      ['entry-into-force', { personId: d.pid(0), enteredIntoForceOn: '2026-03-30' }],
    ], []),
    e.build([opened('04'), ['charge-decision', { personId: e.pid(0), chargedAt: at('12'), ageBand: '25-29' }], ['prosecutor-indictment-decision', { outcome: 'terminated', decidedAt: at('25') }]], []),
  ];
}

const MARCH = { from: new Date('2026-03-01T00:00:00+06:00'), to: new Date('2026-04-01T00:00:00+06:00') };

describe('statistics indicators on a hand-built March', function () {
  this.timeout(60_000);
  let db: Knex;
  let drop: () => Promise<void>;
  before(async () => {
    const scratch = await createScratchDatabase('stats');
    drop = scratch.drop;
    db = await seededDatabase(scratch);
    const snapshots = marchCases();
    await db.transaction((trx) => writeFacts(trx, snapshots.map((s) => s.case.id), snapshots.map((s) => caseFactRows(s, iccsOf))));
  });
  after(async () => {
    await db?.destroy();
    await drop?.();
  });

  /** The indicator's cells with no suppression (threshold 1), keyed `dim=value|...` ('total' for the grand total). */
  async function cells(id: string, by: Dimension[] = [], filters: Partial<Record<Dimension, string>> = {}): Promise<Record<string, IndicatorCell>> {
    const entry = indicatorEntry(id);
    assert.ok(entry, id);
    const out = await runIndicator(db, entry.spec, { ...MARCH, by, filters, region: null }, 1);
    return Object.fromEntries(out.map((c) => [by.map((d) => `${d}=${c.key[d]}`).join('|') || 'total', c]));
  }
  const total = async (id: string, filters: Partial<Record<Dimension, string>> = {}) => (await cells(id, [], filters)).total?.value;

  it('the caseload: 5 reports, 4 opened, 1 refused, 1 terminated, 1 sent to court; per 100,000 of Bishkek', async () => {
    assert.equal(await total('reports-registered'), 5);
    assert.equal(await total('cases-opened'), 4);
    assert.equal(await total('reports-refused'), 1);
    assert.equal(await total('cases-terminated'), 1);
    assert.equal(await total('cases-sent-to-court'), 1);
    const rate = await cells('reports-per-100k', ['region']);
    assert.equal(rate['region=bishkek']?.value, Math.round((5 / 1_174_000) * 100_000 * 10) / 10);
    const byIccs = await cells('reports-registered', ['iccs']);
    assert.deepEqual([byIccs['iccs=01']?.value, byIccs['iccs=05']?.value, byIccs['iccs=*']?.value], [1, 2, 5]);
  });

  it('CEPEJ: clearance 3 resolved of 5 incoming = 60 %; disposition time 31 days x 2 pending / 3 resolved; pending age', async () => {
    assert.equal(await total('clearance-rate'), 60);
    assert.equal(await total('disposition-time'), Math.round((31 * 2 / 3) * 10) / 10);
    // A (registered 03-02 09:30) and B (03-05 09:30) pending at 1 April 00:00: 29.6 and 26.6
    // days, 29 and 26 completed days: the median is 27.5.
    assert.equal(await total('pending-age'), 27.5);
    assert.equal(await total('pending-past-term'), 50, "A's investigation term ran out on 20 March; B has none overdue");
  });

  it('liberty: 2 detained, 1 child; the 48-hour limit met in 1 of 2; 1 held past a limit; 34 h to the judge; 1 in custody; unsentenced 1 of 2', async () => {
    assert.equal(await total('persons-detained'), 2);
    assert.equal(await total('children-detained'), 1);
    assert.equal(await total('detention-limit-met'), 50);
    const byChild = await cells('detention-limit-met', ['child']);
    assert.deepEqual([byChild['child=true']?.value, byChild['child=false']?.value], [0, 100]);
    assert.equal(await total('held-past-limit'), 1);
    assert.equal((await cells('held-past-limit', ['child']))['child=true']?.value, 1);
    assert.equal(await total('detention-to-court-hours'), 34);
    assert.equal(await total('pretrial-custody-on-date'), 1);
    assert.equal(await total('unsentenced-share'), 50, 'A in custody unsentenced; D serving her sentence');
    assert.equal(await total('custody-extended'), 0);
    assert.equal(await total('limits-met'), Math.round((200 / 3) * 10) / 10, 'A detention met, C check met, B detention expired');
    assert.equal((await cells('limits-met', ['limit']))['limit=detention.max']?.value, 50);
  });

  it('persons: 5 suspected (3 men, 2 women), 1 prosecuted, 1 convicted, 0 acquitted; victims by relationship; 1 woman killed by her partner', async () => {
    const suspects = await cells('persons-suspected', ['sex']);
    assert.deepEqual([suspects['sex=male']?.value, suspects['sex=female']?.value, suspects['sex=*']?.value], [3, 2, 5]);
    assert.equal((await cells('persons-suspected', ['child']))['child=true']?.value, 1);
    assert.equal((await cells('persons-suspected', ['age']))['age=16-17']?.value, 1, 'the boy, aged by the release act');
    assert.equal(await total('persons-prosecuted'), 1);
    assert.equal((await cells('persons-convicted', ['sex']))['sex=female']?.value, 1);
    assert.equal(await total('persons-acquitted'), 0);
    const victims = await cells('victims', ['relationship']);
    for (const r of ['intimate-partner', 'family-member', 'acquaintance', 'stranger', 'unknown']) assert.equal(victims[`relationship=${r}`]?.value, 1, r);
    assert.equal((await cells('victims', ['sex']))['sex=female']?.value, 2);
    assert.equal(await total('female-victims-partner-family-homicide'), 1, "C's victim is family, but of a theft");
  });

  it('filters narrow the count (sex=female), and a regional scope counts its region only', async () => {
    assert.equal(await total('persons-suspected', { sex: 'female' }), 2);
    const entry = indicatorEntry('reports-registered')!;
    const osh = await runIndicator(db, entry.spec, { ...MARCH, by: [], filters: {}, region: 'osh-city' }, 1);
    assert.equal(osh[0]?.value, 0);
  });

  it('with the threshold of 5, no published count is below it, withheld cells are marked, and a share over a withheld count is withheld too', async () => {
    for (const entry of indicatorCatalogue) {
      for (const by of [[], ['sex'], ['region', 'sex']] as Dimension[][]) {
        if (!by.every((d) => entry.dimensions.includes(d))) continue;
        const out = await runIndicator(db, entry.spec, { ...MARCH, by, filters: {}, region: null }, 5);
        for (const c of out) {
          for (const [name, n] of Object.entries(c.counts)) assert.ok(n === null || n === 0 || n >= 5, `${entry.id} ${JSON.stringify(c.key)} ${name}=${n}`);
          if (c.withheld) assert.equal(c.value, null, `${entry.id} ${JSON.stringify(c.key)} withheld yet valued`);
        }
      }
    }
    const suspects = await runIndicator(db, indicatorEntry('persons-suspected')!.spec, { ...MARCH, by: ['sex'], filters: {}, region: null }, 5);
    assert.deepEqual(suspects.map((c) => [c.key.sex, c.value, c.withheld]), [['female', null, true], ['male', null, true], ['*', 5, false]]);
  });
});
