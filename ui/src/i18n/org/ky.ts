import type { ruOrg } from './ru';

/** Kyrgyz names of the organisation (same keys as `ruOrg`). */
export const kyOrg: Record<keyof typeof ruOrg, string> = {
  'role.investigator': 'тергөөчү',
  'role.head-of-unit': 'тергөө бөлүмүнүн башчысы',
  'role.prosecutor': 'прокурор',
  'role.investigating-judge': 'тергөө судьясы',
  'role.judge': 'судья',
  'role.facility-officer': 'убактылуу кармоочу жайдын кызматкери',
  'role.probation-officer': 'пробация кызматкери',
  'role.legal': 'юрист-методист',
  'role.analyst': 'аналитик',
  'role.auditor': 'аудитор',
  'role.admin': 'администратор',

  'unitKind.headquarters': 'башкаруу органы',
  'unitKind.investigative-unit': 'тергөө бөлүмү',
  'unitKind.prosecutor-office': 'прокуратура',
  'unitKind.court': 'сот',
  'unitKind.detention-facility': 'убактылуу кармоочу жай',
  'unitKind.probation-office': 'пробация органы',

  'rung.district': 'райондук (шаардык) прокуратура',
  'rung.regional': 'облустун, Бишкек жана Ош шаарларынын прокуратурасы',
  'rung.general': 'Башкы прокуратура',

  'agency.interior-ministry': 'Ички иштер министрлиги',
  'agency.national-security': 'Улуттук коопсуздук мамлекеттик комитети',
  'agency.prosecutor': 'Прокуратура',
  'agency.courts': 'Соттор',
  'agency.penitentiary': 'Жаза аткаруу кызматы',
  'agency.probation': 'Юстиция министрлигинин пробация департаменти',

  'relation.supervising-office': 'Көзөмөлдөөчү прокуратура',
  'relation.court': 'Сот',
  'relation.facility': 'Убактылуу кармоочу жай',
  'relation.probation-office': 'Пробация органы',
};
