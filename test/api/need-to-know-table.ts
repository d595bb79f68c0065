/**
 * The need-to-know table: what each role gets from each route, for three cases.
 *
 * Cases: A, a case of BSK-01 (Bishkek police; supervised by the Leninsky district prosecutor's
 * office BLEN, under the Bishkek city office BSK), with a detainee past 48 h and a motion before
 * the Leninsky court; B, a case of BSK-02 (national security, Bishkek; supervised by BSK directly)
 * with a detainee past 48 h held in the same facility; C, a case of OSH-01 (Osh).
 *
 * Users, in column order: investigator officer1 (BSK-01), head of unit supervisor1 (BSK-01),
 * district prosecutor prosecutor1 (BLEN), city prosecutor prosecutor2 (BSK), investigating judge
 * judge1 and judge judge2 (Leninsky court), facility1 (Bishkek detention facility), probation1,
 * legal1, analyst1, auditor1, admin.
 *
 * Each cell: `o` let through (2xx, or 400/409/422 on the deliberately invalid body the test sends:
 * the route checked the data, so the user was allowed), `h` hidden (404, as for an unknown id),
 * `f` forbidden (403: the role does not do this). For list routes, `o` means the case is listed
 * and `h` that it is not. Case routes have three letters per user (A, B, C); role routes one.
 */
export const matrixUsers = [
  'officer1', 'supervisor1', 'prosecutor1', 'prosecutor2', 'judge1', 'judge2', 'facility1', 'probation1', 'legal1', 'analyst1', 'auditor1', 'admin',
] as const;

export type Cell = 'o' | 'h' | 'f';

export interface RouteRule {
  /** Per user in matrixUsers order: three cells (cases A, B, C) for a case route, one for a role route. */
  cells: string;
  /** The deliberately invalid body sent (never one that changes anything). */
  body?: unknown;
  /** For a list: how to see whether an item belongs to the case. */
  list?: (item: Record<string, unknown>, caseId: string) => boolean;
  /** A query the list is asked with (a paged list: its largest page, so the case is on it). */
  query?: string;
  /** `{id}` stands for the case, its first detainee's release task, or its detention expiry escalation. */
  resource?: 'case' | 'task' | 'escalation';
}

const byCase = (item: Record<string, unknown>, caseId: string) => item.caseId === caseId || item.id === caseId;

//                  officer1 super1 pros1 pros2 judge1 judge2 facil1 probat1 legal1 analyst1 auditor1 admin
const caseVisible = 'ohh     ohh    ohh   ooh   ohh    hhh    hhh    hhh     hhh    hhh      hhh      hhh';
const caseEditing = 'ohh     ohh    ohh   ooh   fhh    hhh    hhh    hhh     hhh    hhh      hhh      hhh';
const taskVisible = 'ohh     ohh    ohh   ooh   ohh    hhh    ooh    hhh     hhh    hhh      hhh      hhh';
const releaseActs = 'fhh     fhh    fhh   ffh   fhh    hhh    ooh    hhh     hhh    hhh      hhh      hhh';
// Running deadlines: B's only liberty limit expired at registration, so the facility lists none of B.
const deadlineList = 'ohh   ohh    ohh   ooh   ohh    hhh    ohh    hhh     hhh    hhh      hhh      hhh';
const boardList = '  fff     ohh    ohh   ooh   fff    fff    fff    fff     fff    fff      fff      fff';
const supervising = 'fff     ohh    ohh   ooh   fff    fff    fff    fff     fff    fff      fff      fff';

//                 officer1 super1 pros1 pros2 judge1 judge2 facil1 probat1 legal1 analyst1 auditor1 admin
const everyone = '  o        o      o     o     o      o      o      o       o      o        o        o';
const registering = 'o      o      f     f     f      f      f      f       f      f        f        f';
const boardOrAdmin = 'f     o      o     o     f      f      f      f       f      f        f        o';
const adminOnly = ' f       f      f     f     f      f      f      f       f      f        f        o';
const caseWork = '  o        o      o     o     o      o      f      o       f      f        f        f';
const auditorOnly = 'f       f      f     f     f      f      f      f       f      f        o        f';
const legalOnly = ' f       f      f     f     f      f      f      f       o      f        f        f';
// Statistics: aggregates only (test/api/statistics.test.ts checks no answer is about a person).
const statistics = 'f       f      o     o     f      f      f      f       f      o        f        f';

/** Every route of the OpenAPI document that needs a session, and what each user gets. */
export const needToKnow: Record<string, RouteRule> = {
  'GET /api/me': { cells: everyone },
  'GET /api/cases': { cells: caseVisible, list: byCase },
  'POST /api/cases': { cells: registering, body: {} },
  'GET /api/cases/{id}': { cells: caseVisible, resource: 'case' },
  'GET /api/cases/{id}/records': { cells: caseVisible, resource: 'case' },
  'GET /api/cases/{id}/progress': { cells: caseVisible, resource: 'case' },
  'GET /api/cases/{id}/verify': { cells: caseVisible, resource: 'case' },
  'POST /api/cases/{id}/corrections': { cells: caseEditing, resource: 'case', body: {} },
  'POST /api/cases/{id}/participants': { cells: caseEditing, resource: 'case', body: {} },
  'GET /api/incidents': { cells: boardOrAdmin },
  'GET /api/incidents/workflows': { cells: boardOrAdmin },
  'POST /api/incidents/workflows/{id}/retry': { cells: boardOrAdmin, body: {} },
  'POST /api/incidents/{id}/retry': { cells: boardOrAdmin, body: {} },
  'POST /api/incidents/{id}/cancel': { cells: boardOrAdmin, body: {} },
  'GET /api/tasks': { cells: taskVisible, list: byCase },
  'GET /api/tasks/{id}': { cells: taskVisible, resource: 'task' },
  'GET /api/tasks/{id}/assignees': { cells: taskVisible, resource: 'task' },
  'POST /api/tasks/{id}/claim': { cells: releaseActs, resource: 'task' },
  'POST /api/tasks/{id}/unclaim': { cells: releaseActs, resource: 'task' },
  'POST /api/tasks/{id}/assign': { cells: releaseActs, resource: 'task', body: { userId: 'not-a-user' } },
  'POST /api/tasks/{id}/complete': { cells: releaseActs, resource: 'task', body: { data: 'not an object' } },
  'GET /api/deadlines': { cells: deadlineList, list: byCase, query: '?size=500' },
  'GET /api/escalations': { cells: boardList, list: byCase, query: '?size=500' },
  'POST /api/escalations/{id}/acknowledge': { cells: boardList, resource: 'escalation', body: { comment: 5 } },
  'POST /api/escalations/{id}/reassign': { cells: supervising, resource: 'escalation', body: { userId: 5 } },
  'POST /api/escalations/{id}/order-release': { cells: supervising, resource: 'escalation', body: { grounds: 'short' } },
  'GET /api/units': { cells: everyone },
  'POST /api/units': { cells: adminOnly, body: {} },
  'PATCH /api/units/{id}': { cells: adminOnly, body: { name: 5 } },
  'GET /api/users': { cells: adminOnly },
  'POST /api/users': { cells: adminOnly, body: {} },
  'PATCH /api/users/{id}': { cells: adminOnly, body: { fullName: 5 } },
  'POST /api/users/{id}/password': { cells: adminOnly, body: {} },
  // The synthetic user has no second factor: the administrator gets 409, nothing is reset.
  'DELETE /api/users/{id}/second-factor': { cells: adminOnly },
  'GET /api/procedures': { cells: everyone },
  'GET /api/procedures/{key}/versions/{version}': { cells: everyone },
  'POST /api/procedures/{key}/validate': { cells: legalOnly, body: { xml: '<not-bpmn/>' } },
  'POST /api/procedures/{key}/versions': { cells: legalOnly, body: { xml: '<not-bpmn/>' } },
  'GET /api/retention-rules': { cells: everyone },
  'PUT /api/retention-rules/{key}': { cells: legalOnly, body: { years: 0 } },
  'GET /api/audit/access': { cells: auditorOnly },
  'GET /api/audit/alerts': { cells: auditorOnly },
  'GET /api/statistics/indicators': { cells: statistics },
  'GET /api/statistics/indicators/{id}': { cells: statistics },
  'GET /api/statistics/un-cts': { cells: statistics },
  'POST /api/codec/decode': { cells: caseWork, body: { payloads: 5 } },
  'POST /api/codec/encode': { cells: caseWork, body: { payloads: 5 } },
  // Last: signing out ends the session the other rows use.
  'POST /api/auth/logout': { cells: everyone },
};

/** The cells of a rule for one user: one per case (A, B, C), or one. */
export function cellsOf(rule: RouteRule, user: (typeof matrixUsers)[number]): Cell[] {
  const columns = rule.cells.trim().split(/\s+/);
  if (columns.length !== matrixUsers.length) throw new Error(`a rule has ${columns.length} columns, not ${matrixUsers.length}: ${rule.cells}`);
  return columns[matrixUsers.indexOf(user)].split('') as Cell[];
}
