import type { Capabilities as ViewCapabilities, Role } from '../domain/views';

export type { Role };

/** The kinds of unit in the organisation (org/organisation.schema.json). */
export type UnitKind = 'headquarters' | 'investigative-unit' | 'prosecutor-office' | 'court' | 'detention-facility' | 'probation-office';

interface RoleRule {
  /** Where the law names who holds it. */
  basis: string | null;
  /** The kinds of unit a user of this role belongs to. */
  unitKinds: readonly UnitKind[];
}

/**
 * The roles of ICJIMS, as the law names who acts. A user holds one role in one unit; the unit's
 * kind must fit the role (an investigating judge sits in a court).
 */
export const roleRules: Record<Role, RoleRule> = {
  // CPC KR 36-37: the investigator conducts the investigation and records its acts.
  investigator: { basis: 'CPC KR 36-37', unitKinds: ['investigative-unit'] },
  // CPC KR 38(2)(3): the head of the investigative unit monitors custody and house-arrest terms.
  'head-of-unit': { basis: 'CPC KR 38', unitKinds: ['investigative-unit', 'headquarters'] },
  // CPC KR 34-35: the prosecutor supervises the investigation; 162: extends its term by rung.
  prosecutor: { basis: 'CPC KR 34-35, 162', unitKinds: ['prosecutor-office'] },
  // CPC KR 32, 264-271: the investigating judge controls detention, measures and their extension.
  'investigating-judge': { basis: 'CPC KR 32, 264-271', unitKinds: ['court'] },
  // CPC KR 28-31, 277: the court tries the case.
  judge: { basis: 'CPC KR 28-31, 277', unitKinds: ['court'] },
  // CPC KR 100(2)-(4): the facility releases a detainee at 48 h (24 h for a child) without a custody order.
  'facility-officer': { basis: 'CPC KR 100', unitKinds: ['detention-facility'] },
  // CEC KR 165-166: the probation body supervises the probationer.
  'probation-officer': { basis: 'CEC KR 165-166', unitKinds: ['probation-office'] },
  legal: { basis: null, unitKinds: ['prosecutor-office', 'headquarters'] },
  analyst: { basis: null, unitKinds: ['prosecutor-office', 'headquarters'] },
  auditor: { basis: null, unitKinds: ['prosecutor-office', 'headquarters'] },
  admin: { basis: null, unitKinds: ['prosecutor-office', 'headquarters'] },
};

export const roles = Object.keys(roleRules) as Role[];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && Object.hasOwn(roleRules, value);
}

/** The roles that perform the acts of a procedure (a BPMN user task's `icj:role`). */
export const actingRoles: readonly Role[] = ['investigator', 'head-of-unit', 'prosecutor', 'investigating-judge', 'judge', 'facility-officer', 'probation-officer'];

/** What a user may do, by role (each field documented in domain/views.ts): the API enforces each; `GET /api/me` tells the UI. */
export type Capabilities = ViewCapabilities;

const none: Capabilities = {
  registerCase: false, editCaseFile: false, correctClock: false, board: false, supervise: false,
  editProcedures: false, administer: false, statistics: false, audit: false, cases: false, inbox: false,
};

const byRole: Record<Role, Partial<Capabilities>> = {
  investigator: { registerCase: true, editCaseFile: true, cases: true, inbox: true },
  'head-of-unit': { registerCase: true, editCaseFile: true, correctClock: true, board: true, supervise: true, cases: true, inbox: true },
  // Statistics of the region of the office (the Prosecutor General's office: the country).
  prosecutor: { editCaseFile: true, correctClock: true, board: true, supervise: true, cases: true, inbox: true, statistics: true },
  'investigating-judge': { cases: true, inbox: true },
  judge: { cases: true, inbox: true },
  // CPC 100: the facility acts on the person it holds, with no case file.
  'facility-officer': { inbox: true },
  'probation-officer': { cases: true, inbox: true },
  legal: { editProcedures: true },
  analyst: { statistics: true },
  auditor: { audit: true },
  admin: { administer: true },
};

/** The capabilities of a role. */
export function capabilitiesOf(role: string): Capabilities {
  return { ...none, ...(isRole(role) ? byRole[role] : {}) };
}

/**
 * The roles that sign in with a second factor (TOTP, RFC 6238) besides the password: administrators
 * (every account and unit), auditors (whose data everyone read), legal staff (the procedures that
 * run every case) and prosecutors (supervision of custody and terms, CPC KR 34-35, 162).
 */
export const secondFactorRoles: readonly Role[] = ['admin', 'auditor', 'legal', 'prosecutor'];

/** Whether a user of this role proves a second factor at sign-in: the one rule the API, the seed and the UI follow. */
export function requiresSecondFactor(role: string): boolean {
  return (secondFactorRoles as readonly string[]).includes(role);
}
