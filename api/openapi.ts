import { LIST_MAX, LIST_PAGE } from '../domain/list-page';
import { recordSchema, recordTypes } from '../law/record-schemas';

const problem = { $ref: '#/components/schemas/Problem' };
const json = (schema: unknown) => ({ 'application/json': { schema } });
/** The `size` of a work list (domain/list-page.ts) and the page it answers. */
const pageSize = { name: 'size', in: 'query', description: `how many to show: 1-${LIST_MAX}, ${LIST_PAGE} unless given; \`more\` says whether others match`, schema: { type: 'integer', minimum: 1, maximum: LIST_MAX } };
const pageOfItems = { type: 'object', required: ['items', 'more'], properties: { items: { type: 'array', items: { type: 'object' } }, more: { type: 'boolean' } } };
const problems = (...codes: number[]) =>
  Object.fromEntries(codes.map((c) => [String(c), { description: statusText[c], content: { 'application/problem+json': { schema: problem } } }]));
const statusText: Record<number, string> = {
  400: 'Malformed request', 401: 'Not signed in', 403: 'Role not allowed', 404: 'Not found or not visible to you',
  409: 'Conflict with the current state', 422: 'Invalid data; `errors` lists each field', 429: 'Too many attempts',
  503: 'The workflow engine did not answer in time',
};
const idParam = [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }];

/**
 * A record schema as a component of this document: its local references (`#/$defs/suspect`) point
 * into the component, and it carries no `$id`, so every OpenAPI tool resolves them the same way
 * (GET /api/schemas/{recordType} serves the schema itself, unchanged).
 */
function asComponent(type: string, schema: Record<string, unknown>): Record<string, unknown> {
  const rewrite = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(rewrite);
    if (!node || typeof node !== 'object') return node;
    return Object.fromEntries(Object.entries(node).filter(([k]) => k !== '$id').map(([k, v]) => [
      k, k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? `#/components/schemas/${type}/${v.slice(2)}` : rewrite(v),
    ]));
  };
  return rewrite(schema) as Record<string, unknown>;
}

/** The OpenAPI 3.1 document of the v1 API (record schemas are the same JSON Schemas the server validates with). */
export function openApiDocument(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: { title: 'ICJIMS API', version: '1.0.0', description: 'Integrated Criminal Justice Information Management System (Kyrgyz Republic)' },
    servers: [{ url: '/' }],
    security: [{ cookie: [] }, { bearer: [] }],
    paths: {
      '/api/auth/login': { post: {
        summary: 'Sign in: the password, and for administrators, auditors, legal staff and prosecutors a TOTP code (RFC 6238: SHA-1, 6 digits, 30 s; a code is accepted once, a step either side of now)',
        description: 'Answers 401 with `code`: `wrong-credentials`; `totp-required` (the role needs a code, none sent); `totp-enrolment-required` (no authenticator enrolled yet: `params.secret` (base32) and `params.otpauthUri` carry a fresh secret; signing in again with a code of it enrols it); `wrong-totp`; `totp-already-used` (a code of a step no later than the last accepted). Wrong passwords and wrong or reused codes count in the sign-in throttle (429).',
        security: [],
        requestBody: { content: json({ type: 'object', required: ['username', 'password'], properties: { username: { type: 'string' }, password: { type: 'string' }, totp: { type: 'string', pattern: '^[0-9]{6}$', description: 'The code of the authenticator app' } } }) },
        responses: { 200: { description: 'Signed in; the session cookie (httpOnly) and the `icj_csrf` cookie set', content: json({ type: 'object', properties: { user: { $ref: '#/components/schemas/User' }, token: { type: 'string' } } }) }, ...problems(400, 401, 429) },
      } },
      '/api/auth/logout': { post: { summary: 'Sign out', responses: { 204: { description: 'Signed out' }, ...problems(403) } } },
      '/api/me': { get: { summary: 'Current user', responses: { 200: { description: 'The user', content: json({ $ref: '#/components/schemas/User' }) }, ...problems(401) } } },
      '/api/cases': {
        get: { summary: 'Cases visible to the user', responses: { 200: { description: 'Cases', content: json({ type: 'object', properties: { items: { type: 'array', items: { $ref: '#/components/schemas/CaseSummary' } } } }) }, ...problems(401) } },
        post: { summary: 'Register a crime report (CPC KR 144-147); starts the case workflow', requestBody: { content: json({ $ref: '#/components/schemas/report-registration' }) }, responses: { 201: { description: 'Registered', content: json({ type: 'object', properties: { id: { type: 'string' }, registerNumber: { type: 'string' }, workflowId: { type: 'string' }, status: { type: 'string' } } }) }, ...problems(400, 401, 403, 422) } },
      },
      '/api/cases/{id}': { get: { summary: 'A case with persons, open tasks and deadlines (read is logged)', parameters: idParam, responses: { 200: { description: 'The case', content: json({ type: 'object' }) }, ...problems(401, 404) } } },
      '/api/cases/{id}/records': { get: { summary: 'The case records in chain order', parameters: idParam, responses: { 200: { description: 'Records', content: json({ type: 'object', properties: { items: { type: 'array', items: { $ref: '#/components/schemas/Record' } } } }) }, ...problems(401, 404) } } },
      '/api/cases/{id}/corrections': { post: { summary: 'Correct a field of a record: an amendment appended to the chain (a corrected moment of detention re-arms its clocks; supervisors only)', parameters: idParam, requestBody: { content: json({ type: 'object', required: ['correctsSeq', 'path', 'value', 'reason'], properties: { correctsSeq: { type: 'integer' }, path: { type: 'string', description: 'JSON pointer of the field' }, value: {}, reason: { type: 'string' } } }) }, responses: { 201: { description: 'Recorded', content: json({ type: 'object', properties: { record: { type: 'object' } } }) }, ...problems(400, 401, 403, 404, 409, 422, 503) } } },
      '/api/cases/{id}/participants': { post: { summary: 'A person joins a running case (victim, legal representative, defence lawyer, suspect): a recorded act', parameters: idParam, requestBody: { content: json({ type: 'object', required: ['role', 'lastName', 'firstName', 'sex', 'addedAt'], properties: { lastName: { type: 'string' }, firstName: { type: 'string' }, role: { type: 'string' }, sex: { type: 'string' }, birthDate: { type: 'string', format: 'date' }, citizenship: { type: 'string' }, relationshipToSuspect: { type: 'string' }, representsPersonId: { type: 'string', format: 'uuid' }, addedAt: { type: 'string', format: 'date-time' } } }) }, responses: { 201: { description: 'Recorded', content: json({ type: 'object', properties: { personId: { type: 'string' }, seq: { type: 'integer' } } }) }, ...problems(400, 401, 403, 404, 409, 422, 503) } } },
      '/api/incidents': { get: { summary: 'Open incidents: workflow steps that keep failing (supervisors board)', responses: { 200: { description: 'Incidents', content: json({ type: 'object' }) }, ...problems(401, 403) } } },
      '/api/incidents/workflows': { get: { summary: 'Case workflows that ended without finishing their procedure (failed, terminated, timed out), for administrators and supervisors', responses: { 200: { description: 'Failed workflows', content: json({ type: 'object' }) }, ...problems(401, 403) } } },
      '/api/incidents/workflows/{id}/retry': { post: { summary: 'Retry a failed case workflow: Temporal resets it to its last completed step (audited)', parameters: [{ name: 'id', in: 'path', required: true, description: 'The workflow id', schema: { type: 'string', minLength: 1, maxLength: 200 } }], requestBody: { content: json({ type: 'object', required: ['reason'], properties: { reason: { type: 'string', minLength: 5, maxLength: 500 } } }) }, responses: { 200: { description: 'Reset', content: json({ type: 'object' }) }, ...problems(400, 401, 403, 404, 409) } } },
      '/api/incidents/{id}/retry': { post: { summary: 'Retry the failing step of an incident now, its attempts counted afresh (Temporal ResetActivity; audited)', parameters: idParam, requestBody: { content: json({ type: 'object', required: ['reason'], properties: { reason: { type: 'string', minLength: 5, maxLength: 500 } } }) }, responses: { 200: { description: 'Reset', content: json({ type: 'object' }) }, ...problems(400, 401, 403, 404, 409) } } },
      '/api/incidents/{id}/cancel': { post: { summary: 'Cancel the case workflow of an incident, for a case that must not go on (audited)', parameters: idParam, requestBody: { content: json({ type: 'object', required: ['reason'], properties: { reason: { type: 'string', minLength: 5, maxLength: 500 } } }) }, responses: { 200: { description: 'Cancelled', content: json({ type: 'object' }) }, ...problems(400, 401, 403, 404) } } },
      '/api/cases/{id}/progress': { get: { summary: 'BPMN element ids done and active (main process and each call-activity instance)', parameters: idParam, responses: { 200: { description: 'Progress', content: json({ type: 'object' }) }, ...problems(401, 404) } } },
      '/api/cases/{id}/verify': { get: { summary: 'Recompute the case hash chain', parameters: idParam, responses: { 200: { description: 'Verdict', content: json({ type: 'object', properties: { valid: { type: 'boolean' }, count: { type: 'integer' }, brokenAtSeq: { type: ['integer', 'null'] } } }) }, ...problems(401, 404) } } },
      '/api/tasks': { get: {
        summary: 'Open tasks visible to the user, the most urgent first',
        parameters: [{ ...pageSize, description: `how many to show: 1-${LIST_MAX}, all ${LIST_MAX} unless given; \`more\` says whether more are open` }],
        responses: { 200: { description: 'Tasks', content: json({ type: 'object', required: ['items', 'more'], properties: { items: { type: 'array', items: { $ref: '#/components/schemas/Task' } }, more: { type: 'boolean' } } }) }, ...problems(400, 401) },
      } },
      '/api/tasks/{id}': { get: { summary: 'One task, with what its form needs from the case (persons by name, known facts)', parameters: idParam, responses: { 200: { description: 'Task', content: json({ $ref: '#/components/schemas/Task' }) }, ...problems(401, 404) } } },
      '/api/tasks/{id}/claim': { post: { summary: 'Claim a task', parameters: idParam, responses: { 200: { description: 'Claimed', content: json({ $ref: '#/components/schemas/Task' }) }, ...problems(401, 403, 404, 409) } } },
      '/api/tasks/{id}/unclaim': { post: { summary: 'Give a claimed task back to its institution (its holder, or the head of unit or prosecutor over it)', parameters: idParam, responses: { 200: { description: 'Released', content: json({ $ref: '#/components/schemas/Task' }) }, ...problems(401, 403, 404, 409) } } },
      '/api/tasks/{id}/assign': { post: { summary: 'Hand a task to a colleague who may perform it (holder) or reassign it (head of unit, supervising prosecutor)', parameters: idParam, requestBody: { content: json({ type: 'object', required: ['userId'], properties: { userId: { type: 'string', format: 'uuid' }, note: { type: 'string', maxLength: 1000 } } }) }, responses: { 200: { description: 'Assigned', content: json({ $ref: '#/components/schemas/Task' }) }, ...problems(400, 401, 403, 404, 409, 422) } } },
      '/api/tasks/{id}/assignees': { get: { summary: 'The users who may perform a task (same role, same institution)', parameters: idParam, responses: { 200: { description: 'Users', content: json({ type: 'object' }) }, ...problems(401, 404) } } },
      '/api/tasks/{id}/complete': { post: { summary: 'Complete a task: validated record written by the workflow (Temporal update)', parameters: idParam, requestBody: { content: json({ type: 'object', required: ['data'], properties: { data: { type: 'object' } } }) }, responses: { 200: { description: 'Recorded', content: json({ type: 'object', properties: { record: { type: 'object', properties: { recordId: { type: 'string' }, seq: { type: 'integer' }, hash: { type: 'string' } } } } }) }, ...problems(400, 401, 403, 404, 409, 422, 503) } } },
      '/api/deadlines': { get: { summary: 'Running legal deadlines, nearest first', parameters: [pageSize], responses: { 200: { description: 'Deadlines', content: json(pageOfItems) }, ...problems(400, 401) } } },
      '/api/escalations': { get: { summary: 'The escalation board of heads of unit and supervising prosecutors, expired liberty limits first', parameters: [
        { name: 'status', in: 'query', schema: { type: 'string', enum: ['open', 'acknowledged'] } },
        { name: 'severity', in: 'query', schema: { type: 'string', enum: ['warning', 'expired', 'alert'] } },
        { name: 'limit', in: 'query', schema: { type: 'string' } },
        { name: 'unit', in: 'query', schema: { type: 'string', format: 'uuid' } },
        pageSize,
      ], responses: { 200: { description: 'Escalations, open ones first', content: json(pageOfItems) }, ...problems(400, 401) } } },
      '/api/escalations/{id}/acknowledge': { post: { summary: 'Acknowledge an escalation, with an optional comment', parameters: idParam, requestBody: { content: json({ type: 'object', properties: { comment: { type: 'string', maxLength: 2000 } } }) }, responses: { 200: { description: 'Acknowledged', content: json({ type: 'object' }) }, ...problems(401, 403, 404, 409) } } },
      '/api/units': {
        get: { summary: 'The units of the organisation with their relations (supervising office, court, facility, probation office)', responses: { 200: { description: 'Units', content: json({ type: 'object' }) }, ...problems(401) } },
        post: { summary: 'Create a unit (administrators; audited)', requestBody: { content: json({ type: 'object', required: ['code', 'name', 'kind'], properties: { code: { type: 'string', pattern: '^[A-Z]{2,5}(-[0-9]{2})?$' }, name: {}, kind: { type: 'string' }, rung: { type: 'string' }, agency: { type: 'string' }, parentId: { type: ['string', 'null'], format: 'uuid' }, region: { type: ['string', 'null'] }, district: { type: ['string', 'null'] }, relations: { type: 'object' } } }) }, responses: { 201: { description: 'Created', content: json({ type: 'object' }) }, ...problems(400, 401, 403, 409, 422) } },
      },
      '/api/units/{id}': { patch: { summary: 'Change a unit, its relations or deactivate it (administrators; audited)', parameters: idParam, requestBody: { content: json({ type: 'object' }) }, responses: { 200: { description: 'Changed', content: json({ type: 'object' }) }, ...problems(400, 401, 403, 404, 422) } } },
      '/api/users': {
        get: { summary: 'Users (administrators)', responses: { 200: { description: 'Users', content: json({ type: 'object' }) }, ...problems(401, 403) } },
        post: { summary: 'Create a user: a role in a unit of the kind the role sits in (administrators; audited)', requestBody: { content: json({ type: 'object', required: ['username', 'fullName', 'role', 'password'], properties: { username: { type: 'string' }, fullName: { type: 'string' }, role: { type: 'string' }, unitId: { type: 'string', format: 'uuid' }, unitCode: { type: 'string' }, prosecutorRank: { type: 'string' }, password: { $ref: '#/components/schemas/NewPassword' } } }) }, responses: { 201: { description: 'Created', content: json({ type: 'object' }) }, ...problems(400, 401, 403, 409, 422) } },
      },
      '/api/users/{id}': { patch: { summary: 'Change a user role, unit, name, rank, or deactivate (the last administrator stays; audited)', parameters: idParam, requestBody: { content: json({ type: 'object' }) }, responses: { 200: { description: 'Changed', content: json({ type: 'object' }) }, ...problems(400, 401, 403, 404, 409, 422) } } },
      '/api/users/{id}/password': { post: { summary: 'Reset a user password (administrators; audited without the password)', parameters: idParam, requestBody: { content: json({ type: 'object', required: ['password'], properties: { password: { $ref: '#/components/schemas/NewPassword' } } }) }, responses: { 200: { description: 'Reset', content: json({ type: 'object' }) }, ...problems(400, 401, 403, 404, 422) } } },
      '/api/users/{id}/second-factor': { delete: { summary: "Reset a user's second factor (a lost phone): their sessions end and their next sign-in enrols a new authenticator (administrators; audited); 409 `second-factor-not-enrolled` for a user with none", parameters: idParam, responses: { 200: { description: 'Reset', content: json({ type: 'object', properties: { id: { type: 'string' } } }) }, ...problems(401, 403, 404, 409) } } },
      '/api/escalations/{id}/reassign': { post: { summary: 'Hand the escalated case (its open investigator tasks) to another investigator (head of unit, supervising prosecutor)', parameters: idParam, requestBody: { content: json({ type: 'object', required: ['userId'], properties: { userId: { type: 'string', format: 'uuid' }, note: { type: 'string', maxLength: 1000 } } }) }, responses: { 200: { description: 'Reassigned', content: json({ type: 'object' }) }, ...problems(400, 401, 403, 404, 409, 422) } } },
      '/api/escalations/{id}/order-release': { post: { summary: 'Order the release of the detained person of an escalated limit: a recorded act (CPC KR 12(2), 35(1)); the facility release task shows it', parameters: idParam, requestBody: { content: json({ type: 'object', required: ['grounds'], properties: { grounds: { type: 'string', minLength: 10 } } }) }, responses: { 201: { description: 'Recorded', content: json({ type: 'object' }) }, ...problems(401, 403, 404, 409, 422, 503) } } },
      '/api/codec/decode': { post: { summary: 'Codec endpoint of the Temporal Web UI: decrypts history payloads for users who work on cases (logged in access_log)', requestBody: { content: json({ type: 'object', required: ['payloads'], properties: { payloads: { type: 'array', items: { type: 'object' } } } }) }, responses: { 200: { description: 'Decoded payloads', content: json({ type: 'object' }) }, ...problems(400, 401, 403, 422) } } },
      '/api/codec/encode': { post: { summary: 'Codec endpoint of the Temporal Web UI: encrypts payloads (signals sent from the UI)', requestBody: { content: json({ type: 'object', required: ['payloads'], properties: { payloads: { type: 'array', items: { type: 'object' } } } }) }, responses: { 200: { description: 'Encoded payloads', content: json({ type: 'object' }) }, ...problems(400, 401, 403, 422) } } },
      '/api/retention-rules': { get: { summary: 'The retention rules of personal data: per outcome, the years after which the keys of the persons concerned are destroyed (crypto-shredding)', responses: { 200: { description: 'Rules', content: json({ type: 'object', properties: { items: { type: 'array', items: { type: 'object' } } } }) }, ...problems(401) } } },
      '/api/retention-rules/{key}': { put: { summary: 'Set the period of a retention rule, 1-100 years (legal staff; audited)', parameters: [{ name: 'key', in: 'path', required: true, description: 'the outcome: report-refused, case-terminated, acquittal, sentence-served', schema: { type: 'string' } }], requestBody: { content: json({ type: 'object', required: ['years'], properties: { years: { type: 'integer', minimum: 1, maximum: 100 } } }) }, responses: { 200: { description: 'Set', content: json({ type: 'object' }) }, ...problems(400, 401, 403, 422) } } },
      '/api/audit/access': { get: { summary: 'The access log: who read whose data, from which unit, when (auditors); CSV by Accept: text/csv', parameters: ['user', 'case', 'person', 'unit'].map((name) => ({ name, in: 'query', schema: { type: 'string', format: 'uuid' } })).concat(['from', 'to'].map((name) => ({ name, in: 'query', schema: { type: 'string', format: 'date-time' } }))), responses: { 200: { description: 'Reads', content: { ...json({ type: 'object' }), 'text/csv': { schema: { type: 'string' } } } }, ...problems(400, 401, 403) } } },
      '/api/audit/alerts': { get: { summary: 'Users who read the data of more distinct persons than the threshold within an hour (auditors)', parameters: [{ name: 'threshold', in: 'query', schema: { type: 'integer', minimum: 0 } }], responses: { 200: { description: 'Alerts', content: json({ type: 'object' }) }, ...problems(400, 401, 403) } } },
      '/api/schemas/{recordType}': { get: { summary: 'JSON Schema of a record type', security: [], parameters: [{ name: 'recordType', in: 'path', required: true, schema: { type: 'string', enum: [...recordTypes] } }], responses: { 200: { description: 'Schema' }, ...problems(404) } } },
      '/api/procedures': { get: { summary: 'Procedures and their versions', responses: { 200: { description: 'Procedures' }, ...problems(401) } } },
      '/api/procedures/{key}/versions/{version}': { get: { summary: 'One version: BPMN XML, compiled model, warnings', parameters: [{ name: 'key', in: 'path', required: true, schema: { type: 'string' } }, { name: 'version', in: 'path', required: true, schema: { type: 'integer' } }], responses: { 200: { description: 'Version' }, ...problems(401, 404) } } },
      '/api/procedures/{key}/validate': { post: { summary: 'Compile and lint a diagram; nothing stored (legal staff)', parameters: [{ name: 'key', in: 'path', required: true, schema: { type: 'string' } }], requestBody: { content: { 'application/xml': { schema: { type: 'string' } }, ...json({ type: 'object', properties: { xml: { type: 'string' } } }) } }, responses: { 200: { description: 'errors and warnings, each naming the element' }, ...problems(400, 401, 403) } } },
      '/api/procedures/{key}/versions': { post: { summary: 'Deploy a new immutable version (refused with errors); new cases use the latest', parameters: [{ name: 'key', in: 'path', required: true, schema: { type: 'string' } }], requestBody: { content: { 'application/xml': { schema: { type: 'string' } }, ...json({ type: 'object', properties: { xml: { type: 'string' } } }) } }, responses: { 201: { description: 'Deployed' }, ...problems(400, 401, 403, 422) } } },
      '/api/law/limits': { get: { summary: 'The rulebook of legal time limits (versioned data)', security: [], responses: { 200: { description: 'Rulebook' } } } },
      '/api/law/criminal-code': { get: { summary: 'The Criminal Code catalogue (CC KR 2021) flattened for a picker: each article part with its ref, titles (ru, ky, en), chapter, gravity (CC art. 19) and ICCS code', security: [], responses: { 200: { description: 'Catalogue', content: json({ type: 'object', required: ['code', 'version', 'items'], properties: { code: { type: 'string' }, version: { type: 'integer' }, items: { type: 'array', items: { type: 'object', required: ['ref', 'article', 'part', 'title', 'chapterTitle', 'gravity', 'iccs'], properties: { ref: { type: 'string', example: 'CC 122(1)' }, article: { type: 'integer' }, part: { type: 'integer' }, title: { type: 'object' }, chapterTitle: { type: 'object' }, gravity: { type: 'string', enum: ['small', 'less-grave', 'grave', 'especially-grave'] }, iccs: { type: 'object', properties: { code: { type: 'string' }, section: { type: 'string' } } }, verified: { type: 'object' } } } } } }) } } } },
      '/api/law/deadline': { get: { summary: 'Compute a deadline with the rulebook (CPC KR 137 counting, Bishkek time)', security: [], parameters: [
        { name: 'limit', in: 'query', required: true, schema: { type: 'string' } },
        { name: 'from', in: 'query', required: true, schema: { type: 'string', format: 'date-time' } },
        { name: 'child', in: 'query', schema: { type: 'boolean' } },
        { name: 'gravity', in: 'query', schema: { type: 'string', enum: ['small', 'less-grave', 'grave', 'especially-grave'] } },
      ], responses: { 200: { description: 'Due and warning instants' }, ...problems(422) } } },
      '/api/statistics/indicators': { get: { summary: 'The indicator catalogue: each indicator with its written definition (ru, ky, en), unit and the breakdowns it allows; analysts and prosecutors (aggregates only)', responses: { 200: { description: 'Catalogue and the region the user sees (null: the country)', content: json({ type: 'object', properties: { region: { type: ['string', 'null'] }, items: { type: 'array', items: { type: 'object' } } } }) }, ...problems(401, 403) } } },
      '/api/statistics/indicators/{id}': { get: {
        summary: 'One indicator for a period, broken down, counts below the threshold withheld with secondary suppression (never zeroed); CSV by Accept: text/csv. Analysts and the Prosecutor General\'s office see the country, other prosecutors their region',
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'from', in: 'query', schema: { type: 'string', format: 'date' }, description: 'First day (Bishkek), default 1 January of this year' },
          { name: 'to', in: 'query', schema: { type: 'string', format: 'date' }, description: 'Last day counted, default today' },
          { name: 'by', in: 'query', schema: { type: 'string' }, description: 'Up to three breakdowns, comma separated: region, agency, unit, iccs, gravity, sex, age, child, relationship, limit' },
          ...['region', 'agency', 'unit', 'iccs', 'gravity', 'sex', 'age', 'child', 'relationship', 'limit'].map((name) => ({ name, in: 'query', schema: { type: 'string' }, description: `Only this ${name}` })),
        ],
        responses: { 200: { description: 'Cells and every margin (key "*" where summed)', content: { ...json({ type: 'object', properties: { cells: { type: 'array', items: { type: 'object', properties: { key: { type: 'object' }, value: { type: ['number', 'null'] }, counts: { type: 'object' }, withheld: { type: 'boolean' } } } } } }), 'text/csv': { schema: { type: 'string' } } } }, ...problems(400, 401, 403, 404) },
      } },
      '/api/statistics/un-cts': { get: { summary: 'The UN-CTS tables the records support for a year (offences by ICCS section, homicide victims by sex and relationship, persons in contact, prosecuted, convicted, held unsentenced); one CSV by Accept: text/csv', parameters: [{ name: 'year', in: 'query', schema: { type: 'integer', minimum: 1990, maximum: 2100 } }], responses: { 200: { description: 'Tables', content: { ...json({ type: 'object' }), 'text/csv': { schema: { type: 'string' } } } }, ...problems(400, 401, 403) } } },
      '/healthz': { get: { summary: 'Liveness and dependencies', security: [], responses: { 200: { description: 'Healthy' }, 503: { description: 'A dependency is down' } } } },
      '/metrics': { get: { summary: 'Prometheus metrics', security: [], responses: { 200: { description: 'Metrics' } } } },
    },
    components: {
      securitySchemes: {
        cookie: { type: 'apiKey', in: 'cookie', name: 'icj_session', description: 'The browser session. A POST, PUT, PATCH or DELETE with it also sends the value of the `icj_csrf` cookie in the `X-CSRF-Token` header, or is refused with 403 `csrf`; bearer tokens need no such header.' },
        bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
      },
      schemas: {
        Problem: { type: 'object', properties: { type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' }, detail: { type: 'string' }, code: { type: 'string', description: 'Stable code the UI translates' }, params: { type: 'object' }, errors: { type: 'array', items: { type: 'object', required: ['path', 'message', 'code'], properties: { path: { type: 'string', description: 'JSON pointer into the submitted data' }, message: { type: 'string' }, code: { type: 'string', description: 'ajv keyword, storableText, or a case invariant (person-not-in-case, role-not-eligible, not-task-person, contradicts-case, before-fact, in-future, precondition), for translation' }, params: { type: 'object' } } } } } },
        NewPassword: { type: 'string', minLength: 12, maxLength: 200, description: 'Refused (422, the field error says why) when shorter or longer, equal to the username (`password-is-username`), or on the list of breached passwords, in any case (`password-breached`)' },
        User: { type: 'object', properties: { id: { type: 'string' }, username: { type: 'string' }, fullName: { type: 'string' }, role: { type: 'string' }, unitId: { type: 'string' }, unitName: { type: 'string' } } },
        CaseSummary: { type: 'object', properties: { id: { type: 'string' }, registerNumber: { type: 'string' }, unitName: { type: 'string' }, status: { type: 'string' }, stage: { type: 'string' }, crimeArticle: { type: 'string' }, gravity: { type: 'string' }, registeredAt: { type: 'string', format: 'date-time' }, nextDeadlineAt: { type: ['string', 'null'], format: 'date-time' } } },
        Task: { type: 'object', properties: { id: { type: 'string' }, caseId: { type: 'string' }, registerNumber: { type: 'string' }, recordType: { type: 'string' }, role: { type: 'string' }, status: { type: 'string', enum: ['open', 'completed', 'cancelled'] }, personLabel: { type: ['string', 'null'] }, dueAt: { type: ['string', 'null'], format: 'date-time' }, claimedBy: { type: ['string', 'null'] } } },
        Record: { type: 'object', properties: { id: { type: 'string' }, seq: { type: 'integer' }, recordType: { type: 'string' }, data: { type: 'object' }, recordedAt: { type: 'string', format: 'date-time' }, hash: { type: 'string' }, prevHash: { type: ['string', 'null'] } } },
        ...Object.fromEntries(recordTypes.map((t) => [t, asComponent(t, recordSchema(t))])),
      },
    },
  };
}
