import type { TaskForm } from '../../ui/src/api/api-types';

export const SUSPECT = '11111111-1111-4111-8111-111111111111';
export const ACCUSED = '22222222-2222-4222-8222-222222222222';
export const VICTIM = '33333333-3333-4333-8333-333333333333';

/**
 * What `GET /api/tasks/:id` tells a form: a detained adult suspect, an accused child, a victim without a
 * date of birth; `ladderAuthority` is the rung of the prosecutor recording the act (null for anyone else).
 */
export function taskForm(taskPersonId: string | null = null, ladderAuthority: string | null = null): TaskForm {
  return {
    persons: [
      { id: SUSPECT, label: 'Тестов Асан', roles: ['suspect'], sex: 'male', ageBand: '30-39', isChild: false, detainedAt: '2026-11-27T16:15:00Z' },
      { id: ACCUSED, label: 'Примерова Бермет', roles: ['accused'], sex: 'female', ageBand: '16-17', isChild: true, detainedAt: null },
      { id: VICTIM, label: 'Образцова Вера', roles: ['victim'], sex: 'female', ageBand: null, isChild: null, detainedAt: null },
    ],
    taskPersonId,
    case: { registerNumber: 'BSK-01-2026-000007', gravity: 'grave', receivedAt: '2026-11-27T17:30:00Z' },
    actor: { ladderAuthority },
  };
}
