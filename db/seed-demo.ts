import type { Knex } from 'knex';
import { hashPassword } from '../domain/passwords';
import { unsealedSecret } from '../domain/sealed-secret';
import { requiresSecondFactor } from '../org/roles';
import { demoCountry } from '../org/organisation';
import type { Organisation } from '../org/organisation';
import { assignMissingPerformers } from './performer-repo';

export const DEMO_PASSWORD = 'icjims-demo';
/**
 * The TOTP secret (base32) of every demo user whose role signs in with a second factor, published
 * like DEMO_PASSWORD (`npm start` prints it for an authenticator app): development and tests only.
 */
export const DEMO_TOTP_SECRET = 'ICJIMSDEMOTOTPKEYNOTFORREALUSERS';

/** Demo users, one or more per role, in the synthetic country (org/data/demo-country.json); all share DEMO_PASSWORD, those with a second factor DEMO_TOTP_SECRET. Synthetic names only. */
export const demoUsers = [
  { username: 'officer1', fullName: 'Investigator A. Demo-Bishkek', role: 'investigator', unit: 'BSK-01' },
  { username: 'officer3', fullName: 'Investigator H. Demo-Bishkek', role: 'investigator', unit: 'BSK-01' },
  { username: 'officer2', fullName: 'Investigator B. Demo-Osh', role: 'investigator', unit: 'OSH-01' },
  { username: 'gknb1', fullName: 'Investigator I. Demo-Security', role: 'investigator', unit: 'BSK-02' },
  { username: 'supervisor1', fullName: 'Head of Unit C. Demo-Bishkek', role: 'head-of-unit', unit: 'BSK-01' },
  { username: 'supervisor2', fullName: 'Head of Unit D. Demo-Osh', role: 'head-of-unit', unit: 'OSH-01' },
  { username: 'prosecutor1', fullName: 'District Prosecutor J. Demo-Leninsky', role: 'prosecutor', unit: 'BLEN' },
  { username: 'prosecutor2', fullName: 'City Prosecutor K. Demo-Bishkek', role: 'prosecutor', unit: 'BSK' },
  { username: 'prosecutor3', fullName: 'City Prosecutor L. Demo-Osh', role: 'prosecutor', unit: 'OSH' },
  { username: 'prosecutor4', fullName: 'Deputy Prosecutor General M. Demo', role: 'prosecutor', unit: 'GPO', prosecutorRank: 'deputy-prosecutor-general' },
  { username: 'prosecutor5', fullName: 'Prosecutor General W. Demo', role: 'prosecutor', unit: 'GPO', prosecutorRank: 'prosecutor-general' },
  { username: 'judge1', fullName: 'Investigating Judge N. Demo-Leninsky', role: 'investigating-judge', unit: 'BLC' },
  { username: 'judge2', fullName: 'Judge O. Demo-Leninsky', role: 'judge', unit: 'BLC' },
  { username: 'judge3', fullName: 'Investigating Judge P. Demo-Osh', role: 'investigating-judge', unit: 'OCC' },
  { username: 'judge4', fullName: 'Judge Q. Demo-Osh', role: 'judge', unit: 'OCC' },
  { username: 'facility1', fullName: 'Duty Officer R. Demo-Bishkek', role: 'facility-officer', unit: 'BIVS' },
  { username: 'facility2', fullName: 'Duty Officer S. Demo-Osh', role: 'facility-officer', unit: 'OIVS' },
  { username: 'probation1', fullName: 'Probation Officer T. Demo-Bishkek', role: 'probation-officer', unit: 'BPRB' },
  { username: 'probation2', fullName: 'Probation Officer U. Demo-Osh', role: 'probation-officer', unit: 'OPRB' },
  { username: 'legal1', fullName: 'Methodologist E. Demo', role: 'legal', unit: 'GPO' },
  { username: 'analyst1', fullName: 'Analyst F. Demo', role: 'analyst', unit: 'GPO' },
  { username: 'auditor1', fullName: 'Auditor V. Demo', role: 'auditor', unit: 'GPO' },
  { username: 'admin', fullName: 'Administrator G. Demo', role: 'admin', unit: 'GPO' },
] as const;

/**
 * Brings the demo organisation and users to the demo country's version, once per version: units
 * inserted or updated by code, their relations, the demo users (an existing user keeps their
 * password), then the open tasks that had no performing unit get theirs. Each change is an
 * `admin_changes` row. A second call with the same version changes nothing.
 */
export async function seedDemo(db: Knex, org: Organisation = demoCountry): Promise<{ seeded: boolean }> {
  const marker = `demo-country/${org.version}`;
  if (await db('admin_changes').where({ entity: 'seed', entity_id: marker }).first('id')) return { seeded: await enrolDemoSecondFactors(db) };
  const hash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (trx) => {
    const ids = new Map<string, string>();
    for (const u of org.units) {
      const row = {
        name: u.name.en, names: u.name, agency: u.agency, kind: u.kind, rung: u.rung ?? null, region: u.region, district: u.district,
        parent_id: u.parent ? ids.get(u.parent) ?? null : null,
      };
      const [saved] = await trx('units').insert({ code: u.code, ...row }).onConflict('code').merge().returning('id');
      ids.set(u.code, saved.id);
    }
    for (const r of org.relations) {
      await trx('unit_relations').insert({ unit_id: ids.get(r.unit), kind: r.kind, related_unit_id: ids.get(r.related) })
        .onConflict(['unit_id', 'kind']).merge();
    }
    for (const u of demoUsers) {
      const row = { full_name: u.fullName, role: u.role, unit_id: ids.get(u.unit), prosecutor_rank: 'prosecutorRank' in u ? u.prosecutorRank : null };
      await trx('users').insert({ username: u.username, password_hash: hash, ...row }).onConflict('username').merge(Object.keys(row));
    }
    await trx('admin_changes').insert({ actor_id: null, entity: 'seed', entity_id: marker, action: 'seeded', after: { units: org.units.length, relations: org.relations.length, users: demoUsers.length } });
  });
  await assignMissingPerformers(db);
  await enrolDemoSecondFactors(db);
  return { seeded: true };
}

/**
 * Once (its own marker, so databases seeded before second factors get them too): the demo users of
 * the roles that need a second factor are enrolled with DEMO_TOTP_SECRET, stored unencrypted as the
 * published secret it is (domain/sealed-secret.ts). A demo user enrolled otherwise keeps theirs.
 */
async function enrolDemoSecondFactors(db: Knex): Promise<boolean> {
  const marker = 'demo-second-factor/1';
  if (await db('admin_changes').where({ entity: 'seed', entity_id: marker }).first('id')) return false;
  const usernames = demoUsers.filter((u) => requiresSecondFactor(u.role)).map((u) => u.username);
  await db.transaction(async (trx) => {
    const enrolled = await trx('users').whereIn('username', usernames).whereNull('totp_secret')
      .update({ totp_secret: unsealedSecret(DEMO_TOTP_SECRET), totp_pending_secret: null, totp_last_step: null, totp_enrolled_at: trx.fn.now() });
    await trx('admin_changes').insert({ actor_id: null, entity: 'seed', entity_id: marker, action: 'seeded', after: { secondFactors: enrolled } });
  });
  return true;
}
