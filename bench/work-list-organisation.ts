import type { Knex } from 'knex';

/**
 * The organisation the work-list bench spreads its cases over (bench/queries-bench.ts): the demo
 * country's four investigative units and `syntheticUnits` more in the same two regions (Bishkek,
 * Osh), so a demo unit holds the share of the national caseload a district unit holds, not a
 * quarter of it. Interior units are supervised by district prosecutor's offices (BLEN and
 * synthetic ones under the Bishkek and Osh offices), security-service units by the city offices,
 * as in the demo country; every unit has its court, facility and probation office. Each unit has
 * a head and `investigatorsPerUnit` investigators (the demo users first). Synthetic names only.
 */
export interface UnitStaff {
  id: string;
  code: string;
  region: string;
  office: string;
  /** The office one rung up from `office` (an escalation not acknowledged in time climbs there), then the top. */
  upperOffice: string;
  topOffice: string;
  court: string;
  facility: string;
  probation: string;
  investigators: string[];
  head: string;
  prosecutor: string;
  investigatingJudge: string;
  judge: string;
  facilityOfficer: string;
  probationOfficer: string;
}

const DISTRICT_OFFICES = { bishkek: ['BLEN', 'BSK-PD2', 'BSK-PD3', 'BSK-PD4'], 'osh-city': ['OSH-PD1', 'OSH-PD2'] } as const;
const CITY_OFFICE = { bishkek: 'BSK', 'osh-city': 'OSH' } as const;
const INSTITUTIONS = {
  bishkek: { court: 'BLC', facility: 'BIVS', probation: 'BPRB', interior: 'BGUVD', investigatingJudge: 'judge1', judge: 'judge2', facilityOfficer: 'facility1', probationOfficer: 'probation1' },
  'osh-city': { court: 'OCC', facility: 'OIVS', probation: 'OPRB', interior: 'OGUVD', investigatingJudge: 'judge3', judge: 'judge4', facilityOfficer: 'facility2', probationOfficer: 'probation2' },
} as const;
const DEMO_STAFF: Record<string, { investigators: string[]; head?: string }> = {
  'BSK-01': { investigators: ['officer1', 'officer3'], head: 'supervisor1' },
  'OSH-01': { investigators: ['officer2'], head: 'supervisor2' },
  'BSK-02': { investigators: ['gknb1'] },
  'OSH-02': { investigators: [] },
};
const OFFICE_PROSECUTOR: Record<string, string> = { BLEN: 'prosecutor1', BSK: 'prosecutor2', OSH: 'prosecutor3' };

type Region = keyof typeof CITY_OFFICE;

/** Adds the synthetic offices, units and staff (once: codes are unique) and returns every investigative unit with its staff. */
export async function workListOrganisation(db: Knex, syntheticUnits: number, investigatorsPerUnit: number): Promise<UnitStaff[]> {
  const demo = await db('users').where({ username: 'officer1' }).first('password_hash');
  if (!demo) throw new Error('seed the demo country first');
  const unitId = async (code: string) => (await db('units').where({ code }).first('id')).id as string;
  const userId = async (username: string) => (await db('users').where({ username }).first('id')).id as string;
  const addUnit = async (row: Record<string, unknown>) => {
    await db('units').insert(row).onConflict('code').ignore();
    return unitId(row.code as string);
  };
  const addUser = async (username: string, fullName: string, role: string, unit: string) => {
    await db('users').insert({ username, password_hash: demo.password_hash, full_name: fullName, role, unit_id: unit }).onConflict('username').ignore();
    return userId(username);
  };

  const prosecutorOf = new Map<string, string>();
  for (const [code, username] of Object.entries(OFFICE_PROSECUTOR)) prosecutorOf.set(code, await userId(username));
  for (const region of Object.keys(DISTRICT_OFFICES) as Region[]) {
    for (const code of DISTRICT_OFFICES[region]) {
      if (prosecutorOf.has(code)) continue;
      const id = await addUnit({
        code, name: `Synthetic District Prosecutor's Office ${code}`, names: { ru: code, ky: code, en: code }, kind: 'prosecutor-office', agency: 'prosecutor',
        rung: 'district', region, parent_id: await unitId(CITY_OFFICE[region]),
      });
      prosecutorOf.set(code, await addUser(`bench-${code.toLowerCase()}-prosecutor`, `District Prosecutor ${code} Synthetic`, 'prosecutor', id));
    }
  }

  const units: Array<{ code: string; region: Region; office: string }> = [
    { code: 'BSK-01', region: 'bishkek', office: 'BLEN' }, { code: 'BSK-02', region: 'bishkek', office: 'BSK' },
    { code: 'OSH-01', region: 'osh-city', office: 'OSH' }, { code: 'OSH-02', region: 'osh-city', office: 'OSH' },
  ];
  for (let i = 1; i <= syntheticUnits; i++) {
    const region: Region = i % 3 === 0 ? 'osh-city' : 'bishkek';
    const security = i % 6 === 1;
    const code = `${region === 'bishkek' ? 'BSK' : 'OSH'}-S${String(i).padStart(3, '0')}`;
    const districts = DISTRICT_OFFICES[region];
    const office = security ? CITY_OFFICE[region] : districts[i % districts.length]!;
    const id = await addUnit({
      code, name: `Synthetic Investigative Unit ${code}`, names: { ru: code, ky: code, en: code }, kind: 'investigative-unit',
      agency: security ? 'national-security' : 'interior-ministry', region, parent_id: await unitId(security ? 'GKNB' : INSTITUTIONS[region].interior),
    });
    const institutions = INSTITUTIONS[region];
    for (const [kind, related] of [['supervising-office', office], ['court', institutions.court], ['facility', institutions.facility], ['probation-office', institutions.probation]] as const) {
      await db('unit_relations').insert({ unit_id: id, kind, related_unit_id: await unitId(related) }).onConflict(['unit_id', 'kind']).ignore();
    }
    units.push({ code, region, office });
  }

  const out: UnitStaff[] = [];
  for (const u of units) {
    const id = await unitId(u.code);
    const staff = DEMO_STAFF[u.code] ?? { investigators: [] };
    const investigators = await Promise.all(staff.investigators.map(userId));
    for (let k = investigators.length + 1; k <= investigatorsPerUnit; k++) {
      investigators.push(await addUser(`bench-${u.code.toLowerCase()}-inv${k}`, `Investigator ${u.code}-${k} Synthetic`, 'investigator', id));
    }
    const head = staff.head ? await userId(staff.head) : await addUser(`bench-${u.code.toLowerCase()}-head`, `Head of Unit ${u.code} Synthetic`, 'head-of-unit', id);
    const office = await unitId(u.office);
    const upper = DISTRICT_OFFICES[u.region].includes(u.office as never) ? CITY_OFFICE[u.region] : 'GPO';
    const institutions = INSTITUTIONS[u.region];
    out.push({
      id, code: u.code, region: u.region, office, upperOffice: await unitId(upper), topOffice: await unitId('GPO'),
      court: await unitId(institutions.court), facility: await unitId(institutions.facility), probation: await unitId(institutions.probation),
      investigators: investigators.slice(0, investigatorsPerUnit), head, prosecutor: prosecutorOf.get(u.office)!,
      investigatingJudge: await userId(institutions.investigatingJudge), judge: await userId(institutions.judge),
      facilityOfficer: await userId(institutions.facilityOfficer), probationOfficer: await userId(institutions.probationOfficer),
    });
  }
  return out;
}
