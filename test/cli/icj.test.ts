import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { testDatabase } from '../support/engines';
import { appendRecord } from '../../db/records-repo';

function icj(args: string[], env: Record<string, string> = {}, input?: string) {
  const r = spawnSync(process.execPath, ['bin/icj.js', ...args], { encoding: 'utf8', env: { ...process.env, ...env }, input });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('icj command line', function () {
  this.timeout(60_000);

  it('deadline: prints the due instant in +06:00 first, then the warnings, exit 0', () => {
    const r = icj(['deadline', 'detention.max', '--from', '2026-11-27T17:30:00Z', '--child']);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(r.stdout.trim().split('\n'), ['2026-11-28T23:30:00+06:00', '2026-11-28T11:30:00+06:00', '2026-11-28T20:30:00+06:00']);
  });

  it('deadline: any limit of the rulebook, with the gravity of the case', () => {
    const r = icj(['deadline', 'investigation.term', '--from', '2026-11-27T23:30:00+06:00', '--gravity', 'small']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout.split('\n')[0], '2026-12-29T00:00:00+06:00');
    assert.equal(icj(['deadline', 'investigation.term', '--from', '2026-11-27T23:30:00+06:00', '--gravity', 'awful']).code, 1);
  });

  it('deadline: an unknown limit or an instant without a zone exits 1 with the reason', () => {
    const unknown = icj(['deadline', 'no.such.limit', '--from', '2026-11-27T23:30:00+06:00']);
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /unknown limit: no\.such\.limit/);
    const bad = icj(['deadline', 'detention.max', '--from', '27.11.2026 23:30']);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /not an ISO 8601 instant/);
  });

  it('verify: a case chain read from PostgreSQL, by register number', async () => {
    const { db, url } = await testDatabase();
    const unit = await db('units').where({ code: 'BSK-01' }).first('id');
    const actor = await db('users').where({ username: 'officer1' }).first('id');
    const id = randomUUID();
    await db('cases').insert({
      id, register_number: `CLI-${id}`, workflow_id: `wf-${id}`, unit_id: unit.id, source: 'written-statement', summary: 'Synthetic',
      crime_article: 'CC 205(1)', gravity: 'less-grave', region: 'bishkek', received_at: new Date(), registered_by: actor.id, registered_at: new Date(),
    });
    await db.transaction((trx) => appendRecord(trx, {
      caseId: id, idempotencyKey: `cli/${id}`, recordType: 'release', schemaVersion: 1, data: { a: 1 }, actorId: actor.id, taskId: null, recordedAt: new Date(),
    }));
    const r = icj(['verify', `CLI-${id}`], { DATABASE_URL: url });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), { case: `CLI-${id}`, valid: true, count: 1, brokenAtSeq: null });
    assert.equal(icj(['verify', 'NO-SUCH-CASE'], { DATABASE_URL: url }).code, 1);
  });

  it('create-user: creates a user who can then sign in; refuses a short or breached password and a role that does not sit in the unit', async () => {
    const { db, url } = await testDatabase();
    const args = ['create-user', '--username', 'cli-officer', '--full-name', 'Investigator Synthetic', '--role', 'investigator', '--unit', 'OSH-01'];
    const short = icj(args, { DATABASE_URL: url }, 'short\n');
    assert.equal(short.code, 1);
    assert.match(short.stderr, /password must have at least 12 characters/);
    // The same password policy as the administration API: no password found in breaches.
    const breached = icj(args, { DATABASE_URL: url }, 'Qwertyuiop123\n');
    assert.equal(breached.code, 1);
    assert.match(breached.stderr, /password is a password found in breaches/);
    // A judge sits in a court, not in an investigative unit (org/roles.ts).
    const judge = icj(['create-user', '--username', 'cli-judge', '--full-name', 'Judge Synthetic', '--role', 'judge', '--unit', 'OSH-01'], { DATABASE_URL: url }, 'a-long-enough-password\n');
    assert.equal(judge.code, 1);
    assert.match(judge.stderr, /a judge sits in a unit of kind court/);
    const r = icj(args, { DATABASE_URL: url }, 'a-long-enough-password\n');
    assert.equal(r.code, 0, r.stderr);
    const row = await db('users').where({ username: 'cli-officer' }).first();
    assert.equal(row.role, 'investigator');
    assert.match(row.password_hash, /^\$argon2id\$/);
  });
});
