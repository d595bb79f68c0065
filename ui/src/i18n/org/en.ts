import type { ruOrg } from './ru';

/** English names of the organisation (same keys as `ruOrg`). */
export const enOrg: Record<keyof typeof ruOrg, string> = {
  'role.investigator': 'investigator',
  'role.head-of-unit': 'head of investigative unit',
  'role.prosecutor': 'prosecutor',
  'role.investigating-judge': 'investigating judge',
  'role.judge': 'judge',
  'role.facility-officer': 'detention facility officer',
  'role.probation-officer': 'probation officer',
  'role.legal': 'legal staff',
  'role.analyst': 'analyst',
  'role.auditor': 'auditor',
  'role.admin': 'administrator',

  'unitKind.headquarters': 'headquarters',
  'unitKind.investigative-unit': 'investigative unit',
  'unitKind.prosecutor-office': "prosecutor's office",
  'unitKind.court': 'court',
  'unitKind.detention-facility': 'temporary detention facility',
  'unitKind.probation-office': 'probation office',

  'rung.district': "district or city prosecutor's office",
  'rung.regional': "regional, Bishkek or Osh city prosecutor's office",
  'rung.general': "Prosecutor General's Office",

  'agency.interior-ministry': 'Ministry of Internal Affairs',
  'agency.national-security': 'State Committee for National Security',
  'agency.prosecutor': "Prosecutor's Office",
  'agency.courts': 'Courts',
  'agency.penitentiary': 'Penitentiary Service',
  'agency.probation': 'Probation Department, Ministry of Justice',

  'relation.supervising-office': "Supervising prosecutor's office",
  'relation.court': 'Court',
  'relation.facility': 'Temporary detention facility',
  'relation.probation-office': 'Probation office',
};
