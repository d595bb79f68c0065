/**
 * Russian names of the organisation: roles (org/roles.ts), kinds of unit, rungs of the
 * prosecutor's ladder, agencies and the relations of an investigative unit. Part of `ru`.
 */
export const ruOrg = {
  'role.investigator': 'следователь',
  'role.head-of-unit': 'начальник следственного подразделения',
  'role.prosecutor': 'прокурор',
  'role.investigating-judge': 'следственный судья',
  'role.judge': 'судья',
  'role.facility-officer': 'сотрудник изолятора временного содержания',
  'role.probation-officer': 'сотрудник пробации',
  'role.legal': 'юрист-методист',
  'role.analyst': 'аналитик',
  'role.auditor': 'аудитор',
  'role.admin': 'администратор',

  'unitKind.headquarters': 'орган управления',
  'unitKind.investigative-unit': 'следственное подразделение',
  'unitKind.prosecutor-office': 'прокуратура',
  'unitKind.court': 'суд',
  'unitKind.detention-facility': 'изолятор временного содержания',
  'unitKind.probation-office': 'орган пробации',

  'rung.district': 'районная (городская) прокуратура',
  'rung.regional': 'прокуратура области, городов Бишкек и Ош',
  'rung.general': 'Генеральная прокуратура',

  'agency.interior-ministry': 'Министерство внутренних дел',
  'agency.national-security': 'Государственный комитет национальной безопасности',
  'agency.prosecutor': 'Прокуратура',
  'agency.courts': 'Суды',
  'agency.penitentiary': 'Служба исполнения наказаний',
  'agency.probation': 'Департамент пробации Министерства юстиции',

  'relation.supervising-office': 'Надзирающая прокуратура',
  'relation.court': 'Суд',
  'relation.facility': 'Изолятор временного содержания',
  'relation.probation-office': 'Орган пробации',
};
