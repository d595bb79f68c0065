import assert from 'node:assert/strict';
import { currentRoles } from '../../ui/src/case/current-roles';

describe('ui case page - current roles of a person', () => {
  it('lists the roles not ended, so a suspect since charged shows as accused only', () => {
    const person = {
      role: 'suspect',
      roles: [
        { role: 'suspect', since: '2026-11-27T23:40:00+06:00', until: '2026-12-01T10:00:00+06:00' },
        { role: 'accused', since: '2026-12-01T10:00:00+06:00' },
      ],
    };
    assert.deepEqual(currentRoles(person), ['accused']);
  });

  it('falls back to the role the person was registered with when no span is open', () => {
    assert.deepEqual(currentRoles({ role: 'victim', roles: [] }), ['victim']);
  });
});
