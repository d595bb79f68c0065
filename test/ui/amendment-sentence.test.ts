import assert from 'node:assert/strict';
import { recordSchemaSources } from '../../law/record-schema-sources';
import { amendmentSentence } from '../../ui/src/case/amendment-sentence';
import type { JsonSchema } from '../../ui/src/schema/json-schema';
import { SUSPECT } from './task-form-fixture';

const report = recordSchemaSources['report-registration'] as unknown as JsonSchema;
const persons = [{ id: SUSPECT, label: 'Testov A.' }];
const REASON = 'Synthetic: the patrol log shows the arrest 30 minutes earlier.';

describe('ui timeline - an amendment read as a sentence', () => {
  const detention = {
    correctsSeq: 1, correctsRecordType: 'report-registration', path: '/suspects/0/detainedAt',
    oldValue: '2026-12-01T18:17:00.000Z', newValue: '2026-12-01T23:47:00+06:00', reason: REASON, fact: 'person.detainedAt', personId: SUSPECT,
  };

  it('names the record, the field by the corrected record\'s schema and the person, both instants in Bishkek time, and the reason', () => {
    assert.equal(
      amendmentSentence(detention, report, 'en', persons),
      `Corrects record #1: Suspects 1 · Moment of actual detention (hour and minute) — Testov A., 02.12.2026 00:17 → 01.12.2026 23:47. Reason: ${REASON}`,
    );
    assert.equal(
      amendmentSentence(detention, report, 'ru', persons),
      `Исправляет запись № 1: Подозреваемые 1 · Момент фактического задержания (час и минута) — Testov A., 02.12.2026 00:17 → 01.12.2026 23:47. Основание: ${REASON}`,
    );
  });

  it('shows enum values by their labels and free text in quotation marks', () => {
    const gravity = { correctsSeq: 1, correctsRecordType: 'report-registration', path: '/gravity', oldValue: 'less-grave', newValue: 'grave', reason: REASON };
    assert.equal(amendmentSentence(gravity, report, 'ru'), `Исправляет запись № 1: Категория тяжести (ст. 19 УК), менее тяжкое → тяжкое. Основание: ${REASON}`);
    const place = { ...gravity, path: '/place', oldValue: 'Synthetic street 1', newValue: 'Synthetic street 2' };
    assert.equal(amendmentSentence(place, report, 'en'), `Corrects record #1: Place of the event, “Synthetic street 1” → “Synthetic street 2”. Reason: ${REASON}`);
    const added = { ...place, oldValue: null, newValue: 'Synthetic street 3' };
    assert.equal(amendmentSentence(added, report, 'ky'), `№ 1 жазууну оңдойт: Окуянын орду, — → «Synthetic street 3». Негизи: ${REASON}`, 'a value first recorded by the correction');
  });

  it('is readable before the corrected record\'s schema has loaded: instants still in Bishkek time, no ids', () => {
    const text = amendmentSentence(detention, undefined, 'en', persons);
    assert.ok(text.includes('02.12.2026 00:17 → 01.12.2026 23:47'), text);
    assert.ok(!text.includes(SUSPECT), text);
  });
});
