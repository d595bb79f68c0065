import assert from 'node:assert/strict';
import { actingRoles, capabilitiesOf, requiresSecondFactor, roleRules, roles } from '../../org/roles';
import { performerInstitution } from '../../org/performer';
import { ladderAuthority } from '../../org/ladder-authority';
import { migratedUserRole, performingRole } from '../../org/legacy-roles';

describe('roles as the law names them (org/)', () => {
  it('every role but the staff roles cites the article that gives it, and sits in a kind of unit', () => {
    for (const role of roles) {
      assert.ok(roleRules[role].unitKinds.length > 0, role);
      if (actingRoles.includes(role)) assert.match(roleRules[role].basis ?? '', /^(CPC|CEC) KR \d/, role);
    }
  });

  it('administrators, auditors, legal staff and prosecutors sign in with a second factor; the other roles and unknown names not', () => {
    assert.deepEqual(roles.filter(requiresSecondFactor).sort(), ['admin', 'auditor', 'legal', 'prosecutor']);
    assert.equal(requiresSecondFactor('not-a-role'), false);
  });

  it('each acting role performs its acts in one institution relative to the case', () => {
    assert.deepEqual(actingRoles.map((r) => [r, performerInstitution(r)]), [
      ['investigator', 'case-unit'], ['head-of-unit', 'case-unit'], ['prosecutor', 'supervising-office'], ['investigating-judge', 'court'],
      ['judge', 'court'], ['facility-officer', 'facility'], ['probation-officer', 'probation-office'],
    ]);
    assert.equal(performerInstitution('analyst'), null);
  });

  it('the ladder rung is the prosecutor\'s office, and in the Prosecutor General\'s Office the rank (CPC KR 162)', () => {
    assert.equal(ladderAuthority('district', null), 'district-or-city-prosecutor');
    assert.equal(ladderAuthority('regional', null), 'oblast-bishkek-osh-prosecutor');
    assert.equal(ladderAuthority('general', null), 'deputy-prosecutor-general');
    assert.equal(ladderAuthority('general', 'prosecutor-general'), 'prosecutor-general');
    assert.equal(ladderAuthority(null, null), null);
  });

  it('legacy officer and supervisor tasks go to the role of the act; legacy users to investigator, prosecutor or head of unit', () => {
    assert.equal(performingRole('officer', 'measure-decision'), 'investigating-judge');
    assert.equal(performingRole('officer', 'release'), 'facility-officer');
    assert.equal(performingRole('officer', 'verdict'), 'judge');
    assert.equal(performingRole('officer', 'probation-report'), 'probation-officer');
    assert.equal(performingRole('supervisor', 'investigation-extension-decision'), 'prosecutor');
    assert.equal(performingRole('officer', 'charge-decision'), 'investigator');
    assert.equal(performingRole('judge', 'release'), 'judge', 'a new role is kept as the diagram names it');
    assert.equal(migratedUserRole('officer', 'investigative-unit'), 'investigator');
    assert.equal(migratedUserRole('supervisor', 'prosecutor-office'), 'prosecutor');
    assert.equal(migratedUserRole('supervisor', 'investigative-unit'), 'head-of-unit');
  });

  it('capabilities: only investigators and heads of unit register; the analyst, legal staff, auditor and admin see no board and edit no case', () => {
    const registering = roles.filter((r) => capabilitiesOf(r).registerCase);
    assert.deepEqual(registering, ['investigator', 'head-of-unit']);
    for (const r of ['analyst', 'legal', 'auditor', 'admin'] as const) {
      const can = capabilitiesOf(r);
      assert.equal(can.board || can.editCaseFile || can.registerCase, false, r);
    }
    assert.equal(capabilitiesOf('legal').editProcedures, true);
    assert.equal(capabilitiesOf('admin').administer, true);
    assert.equal(capabilitiesOf('officer').registerCase, false, 'an unknown role can do nothing');
  });
});
