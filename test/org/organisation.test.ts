import assert from 'node:assert/strict';
import { checkOrganisation, demoCountry } from '../../org/organisation';
import type { Organisation } from '../../org/organisation';

const copy = (): Organisation => JSON.parse(JSON.stringify(demoCountry)) as Organisation;

describe('the organisation as data (org/organisation.schema.json and its checks)', () => {
  it('the shipped synthetic country is valid: Bishkek and Osh, two investigative units of two agencies each, their offices, a court, a facility, a probation office', () => {
    assert.deepEqual(checkOrganisation(demoCountry), []);
    const units = demoCountry.units;
    for (const region of ['bishkek', 'osh-city']) {
      const investigative = units.filter((u) => u.region === region && u.kind === 'investigative-unit');
      assert.deepEqual(new Set(investigative.map((u) => u.agency)), new Set(['interior-ministry', 'national-security']), region);
      for (const kind of ['court', 'detention-facility', 'probation-office', 'prosecutor-office'] as const) {
        assert.ok(units.some((u) => u.region === region && u.kind === kind), `${region}: ${kind}`);
      }
    }
    assert.deepEqual(units.filter((u) => u.kind === 'prosecutor-office').map((u) => [u.code, u.rung]),
      [['GPO', 'general'], ['BSK', 'regional'], ['BLEN', 'district'], ['OSH', 'regional']]);
  });

  it('supervision is its own relation, apart from the administrative tree (CPC KR 35)', () => {
    const unit = demoCountry.units.find((u) => u.code === 'BSK-01')!;
    assert.equal(unit.parent, 'BGUVD', 'administratively under the police directorate');
    assert.equal(demoCountry.relations.find((r) => r.unit === 'BSK-01' && r.kind === 'supervising-office')?.related, 'BLEN');
  });

  it('refuses an unknown parent, a parent listed after its child, duplicate codes, a relation to a unit of the wrong kind and a missing relation', () => {
    const unknownParent = copy();
    unknownParent.units[2].parent = 'NOPE';
    assert.match(checkOrganisation(unknownParent).join('\n'), /BLEN: parent NOPE is not a unit/);
    const late = copy();
    late.units.reverse();
    assert.match(checkOrganisation(late).join('\n'), /must be listed before it/);
    const duplicate = copy();
    duplicate.units.push({ ...duplicate.units[0] });
    assert.match(checkOrganisation(duplicate).join('\n'), /unit codes are not unique/);
    const wrongKind = copy();
    wrongKind.relations.find((r) => r.unit === 'BSK-01' && r.kind === 'court')!.related = 'BIVS';
    assert.match(checkOrganisation(wrongKind).join('\n'), /relation court of BSK-01: BIVS is not a court/);
    const missing = copy();
    missing.relations = missing.relations.filter((r) => !(r.unit === 'OSH-02' && r.kind === 'facility'));
    assert.match(checkOrganisation(missing).join('\n'), /OSH-02: 0 relations facility, exactly 1 wanted/);
  });

  it('refuses a prosecutor\'s office without a rung and a rung on a court (schema)', () => {
    const noRung = copy();
    delete noRung.units[0].rung;
    assert.ok(checkOrganisation(noRung).some((p) => p.includes('/units/0')));
    const rungOnCourt = copy();
    rungOnCourt.units.find((u) => u.code === 'BLC')!.rung = 'district';
    assert.ok(checkOrganisation(rungOnCourt).length > 0);
  });
});
