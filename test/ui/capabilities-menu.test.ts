import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { actingRoles, capabilitiesOf, roles } from '../../org/roles';
import { unitsForRole } from '../../ui/src/org/role-unit-kinds';
import { REGIONS } from '../../ui/src/org/regions';
import { homePath } from '../../ui/src/session/home-path';
import type { UnitItem } from '../../ui/src/api/admin-types';

describe('ui session - the menu from the server\'s capabilities', () => {
  it('shows the inbox to every role that performs procedural acts, and the cases to all of them but the facility, which reads no case file', () => {
    for (const role of roles) {
      const can = capabilitiesOf(role);
      assert.equal(can.inbox, (actingRoles as readonly string[]).includes(role), role);
      assert.equal(can.cases, can.inbox && role !== 'facility-officer', role);
    }
  });

  it('lands administrators on the users, legal staff on the procedures, everyone acting on the inbox, auditors on the access log, analysts on the statistics', () => {
    assert.equal(homePath(capabilitiesOf('admin')), '/admin/users');
    assert.equal(homePath(capabilitiesOf('legal')), '/procedures');
    assert.equal(homePath(capabilitiesOf('investigator')), '/inbox');
    assert.equal(homePath(capabilitiesOf('judge')), '/inbox');
    assert.equal(homePath(capabilitiesOf('analyst')), '/statistics');
    assert.equal(homePath(capabilitiesOf('auditor')), '/audit');
  });

  it('offers a new user only units of a kind their role sits in, active ones', () => {
    const unit = (id: string, kind: string, active = true) => ({ id, kind, active }) as UnitItem;
    const units = [unit('court', 'court'), unit('iu', 'investigative-unit'), unit('hq', 'headquarters'), unit('old', 'court', false)];
    assert.deepEqual(unitsForRole(units, 'judge').map((u) => u.id), ['court']);
    assert.deepEqual(unitsForRole(units, 'head-of-unit').map((u) => u.id), ['iu', 'hq']);
    assert.deepEqual(unitsForRole(units, '').map((u) => u.id), ['court', 'iu', 'hq']);
  });

  it('offers the regions a report names', () => {
    const report = JSON.parse(readFileSync('law/schemas/report-registration.schema.json', 'utf8'));
    assert.deepEqual([...REGIONS], report.properties.region.enum);
  });
});
