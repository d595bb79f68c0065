import assert from 'node:assert/strict';
import { personChoices } from '../../ui/src/form/person-choices';
import { ACCUSED, SUSPECT, taskForm } from './task-form-fixture';

describe('ui form - person choices', () => {
  const { persons } = taskForm();

  it('offers the persons currently holding a role the field names, in the server\'s order, never the victim', () => {
    assert.deepEqual(personChoices(['suspect', 'accused'], persons).map((p) => p.id), [SUSPECT, ACCUSED]);
    assert.deepEqual(personChoices(['accused'], persons).map((p) => p.label), ['Примерова Бермет']);
  });

  it('offers nobody when no person holds such a role, or the field names no roles', () => {
    assert.deepEqual(personChoices(['convicted'], persons), []);
    assert.deepEqual(personChoices([], persons), []);
    assert.deepEqual(personChoices(undefined, persons), []);
  });
});
