/**
 * Russian texts of the retention periods of personal data (`/retention`). Part of `ru`. The
 * outcomes and anchors are the UI's own (the API names them in en and ru only, privacy/retention-rules.json).
 */
export const ruRetention = {
  'nav.retention': 'Сроки хранения',
  'retention.title': 'Сроки хранения персональных данных',
  'retention.explanation':
    'Когда срок хранения истекает, ключи шифрования персональных данных лиц по делу с этим исходом уничтожаются: прочитать или восстановить эти данные больше нельзя. Чем короче срок, тем раньше данные будут уничтожены, в том числе по уже завершённым делам. Каждое изменение срока записывается в журнал: кто, когда, прежний и новый срок.',
  'retention.readOnly': 'Сроки устанавливают юристы-методисты; здесь их можно только просмотреть.',
  'retention.col.outcome': 'Исход дела',
  'retention.col.anchor': 'С какого момента исчисляется',
  'retention.col.subjects': 'Чьи данные',
  'retention.col.years': 'Срок, лет',
  'retention.col.updatedAt': 'Изменён',
  'retention.col.updatedBy': 'Кем',
  'retention.outcome.report-refused': 'Отказ в возбуждении дела',
  'retention.outcome.case-terminated': 'Дело прекращено',
  'retention.outcome.acquittal': 'Оправдание',
  'retention.outcome.sentence-served': 'Наказание отбыто',
  'retention.anchor.report-refused': 'постановление об отказе в возбуждении дела (ст. 153 УПК)',
  'retention.anchor.case-terminated': 'постановление прокурора о прекращении дела',
  'retention.anchor.acquittal': 'вступление оправдательного приговора в законную силу',
  'retention.anchor.sentence-served': 'окончание наказания (вступление приговора в силу плюс срок наказания или испытательный срок)',
  'retention.subjects.case': 'Все лица по делу',
  'retention.subjects.person': 'Каждое лицо отдельно',
  'retention.yearsOf': 'Срок хранения в годах: {outcome}',
  'retention.save': 'Сохранить',
  'retention.saved': 'Срок хранения изменён: «{outcome}», лет: {years}. Изменение записано в журнал.',
  'retention.defaultPeriod': 'исходный срок',
  'retention.yearsRange': 'срок должен быть целым числом лет от {min} до {max}',
  'problem.retention-legal-only': 'Сроки хранения устанавливают только юристы-методисты.',
};
