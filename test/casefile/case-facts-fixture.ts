import type { CaseFacts } from '../../casefile/case-facts';

export const SUSPECT = '11111111-1111-4111-8111-111111111111';
export const CHILD = '22222222-2222-4222-8222-222222222222';
export const VICTIM = '33333333-3333-4333-8333-333333333333';

/** A synthetic case: report received Friday 27 Nov 2026 23:30 Bishkek, an adult and a child detained, a victim. */
export function caseFacts(overrides: Partial<CaseFacts> = {}): CaseFacts {
  return {
    registerNumber: 'BSK-01-2026-000007',
    receivedAt: '2026-11-27T23:30:00+06:00',
    registeredAt: '2026-11-27T23:40:00+06:00',
    gravity: 'grave',
    persons: [
      { id: SUSPECT, roles: [{ role: 'suspect', since: '2026-11-27T23:40:00+06:00' }], sex: 'male', birthDate: '1990-05-01', detainedAt: '2026-11-27T22:15:00+06:00' },
      // Turns 18 on 29 Nov 2026: a child on the 28th, an adult on the 29th.
      { id: CHILD, roles: [{ role: 'suspect', since: '2026-11-27T23:40:00+06:00' }], sex: 'female', birthDate: '2008-11-29', detainedAt: '2026-11-27T22:30:00+06:00' },
      { id: VICTIM, roles: [{ role: 'victim', since: '2026-11-27T23:40:00+06:00' }], sex: 'female', birthDate: '1985-02-14', detainedAt: null },
    ],
    acts: [{ seq: 1, recordType: 'report-registration', data: {} }],
    ...overrides,
  };
}
