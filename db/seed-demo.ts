import type { Knex } from 'knex';
import { hashPassword } from '../domain/passwords';

/** Demo organisation: synthetic units under the Prosecutor General's Office. */
export const demoUnits = [
  { code: 'GPO', name: 'Prosecutor General\'s Office (demo)', parent: null, region: null },
  { code: 'BSK', name: 'Bishkek City Prosecutor\'s Office (demo)', parent: 'GPO', region: 'bishkek' },
  { code: 'BSK-01', name: 'Bishkek, Investigative Unit No. 1 (demo)', parent: 'BSK', region: 'bishkek' },
  { code: 'OSH', name: 'Osh City Prosecutor\'s Office (demo)', parent: 'GPO', region: 'osh-city' },
  { code: 'OSH-01', name: 'Osh, Investigative Unit No. 1 (demo)', parent: 'OSH', region: 'osh-city' },
] as const;

export const DEMO_PASSWORD = 'icjims-demo';

/** Demo users, one per role; all share DEMO_PASSWORD. Synthetic names only. */
export const demoUsers = [
  { username: 'officer1', fullName: 'Investigator A. Demo-Bishkek', role: 'officer', unit: 'BSK-01' },
  { username: 'officer2', fullName: 'Investigator B. Demo-Osh', role: 'officer', unit: 'OSH-01' },
  { username: 'supervisor1', fullName: 'Supervisor C. Demo-Bishkek', role: 'supervisor', unit: 'BSK' },
  { username: 'supervisor2', fullName: 'Supervisor D. Demo-Osh', role: 'supervisor', unit: 'OSH' },
  { username: 'legal1', fullName: 'Methodologist E. Demo', role: 'legal', unit: 'GPO' },
  { username: 'analyst1', fullName: 'Analyst F. Demo', role: 'analyst', unit: 'GPO' },
  { username: 'admin', fullName: 'Administrator G. Demo', role: 'admin', unit: 'GPO' },
] as const;

/** Seeds the demo units and users once (a second call changes nothing). */
export async function seedDemo(db: Knex): Promise<{ seeded: boolean }> {
  const existing = await db('units').where({ code: 'GPO' }).first('id');
  if (existing) return { seeded: false };
  const hash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (trx) => {
    const ids = new Map<string, string>();
    for (const u of demoUnits) {
      const [row] = await trx('units')
        .insert({ code: u.code, name: u.name, parent_id: u.parent ? ids.get(u.parent) : null, region: u.region })
        .returning('id');
      ids.set(u.code, row.id);
    }
    await trx('users').insert(demoUsers.map((u) => ({
      username: u.username, full_name: u.fullName, role: u.role, unit_id: ids.get(u.unit), password_hash: hash,
    })));
  });
  return { seeded: true };
}
