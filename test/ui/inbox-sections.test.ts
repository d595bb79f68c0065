import assert from 'node:assert/strict';
import type { Task } from '../../ui/src/api/api-types';
import { inboxSections } from '../../ui/src/inbox/inbox-sections';

const ME = 'u-me';
const task = (id: string, over: Partial<Task>): Task => ({
  id, caseId: 'c', registerNumber: 'BSK-01-2026-000001', workflowId: 'w', recordType: 'detention-protocol', role: 'investigator', status: 'open',
  personId: null, personLabel: null, dueAt: null, createdAt: '2026-12-01T00:00:00Z', claimedBy: null, claimedByName: null, completedAt: null,
  unitId: 'unit', unitName: 'Unit', canAct: false, caseVisible: true, canAssign: false, overdueLiberty: false, releaseOrderedAt: null, ...over,
});

describe('ui inbox - sections', () => {
  it('puts the tasks the user holds under "mine", the unclaimed ones they may perform under their institution, and every other under "supervised"', () => {
    const tasks = [
      task('overdue-mine', { claimedBy: ME, canAct: true, canAssign: true, overdueLiberty: true }),
      task('to-claim', { canAct: true, canAssign: true }),
      task('colleague', { claimedBy: 'u-other', canAct: true }),
      task('other-role', { role: 'prosecutor', canAssign: true }),
      task('mine-later', { claimedBy: ME, canAct: true }),
    ];
    const s = inboxSections(tasks, ME);
    assert.deepEqual(s.mine.map((t) => t.id), ['overdue-mine', 'mine-later'], 'in the server\'s order');
    assert.deepEqual(s.institution.map((t) => t.id), ['to-claim']);
    assert.deepEqual(s.supervised.map((t) => t.id), ['colleague', 'other-role']);
  });

  it('lists every task exactly once, whatever the combination of holder and rights', () => {
    const tasks = [null, ME, 'u-other'].flatMap((claimedBy) => [true, false].map((canAct) => task(`${claimedBy}-${canAct}`, { claimedBy, canAct })));
    const s = inboxSections(tasks, ME);
    assert.equal(s.mine.length + s.institution.length + s.supervised.length, tasks.length);
    assert.deepEqual(new Set([...s.mine, ...s.institution, ...s.supervised].map((t) => t.id)).size, tasks.length);
  });
});
