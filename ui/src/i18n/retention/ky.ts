import type { ruRetention } from './ru';

/** Kyrgyz texts of the retention periods of personal data (same keys as `ruRetention`). */
export const kyRetention: Record<keyof typeof ruRetention, string> = {
  'nav.retention': 'Сактоо мөөнөттөрү',
  'retention.title': 'Жеке маалыматтарды сактоо мөөнөттөрү',
  'retention.explanation':
    'Сактоо мөөнөтү бүткөндө, ушундай натыйжа менен аяктаган иш боюнча адамдардын жеке маалыматтарынын шифрлөө ачкычтары жок кылынат: бул маалыматтарды мындан ары окууга да, калыбына келтирүүгө да болбойт. Мөөнөт канчалык кыска болсо, маалыматтар ошончолук эрте жок кылынат, анын ичинде мурда аяктаган иштер боюнча да. Мөөнөттүн ар бир өзгөрүшү журналга жазылат: ким, качан, мурунку жана жаңы мөөнөт.',
  'retention.readOnly': 'Мөөнөттөрдү юрист-методисттер белгилейт; бул жерде аларды көрүүгө гана болот.',
  'retention.col.outcome': 'Иштин натыйжасы',
  'retention.col.anchor': 'Мөөнөт эмнеден тартып эсептелет',
  'retention.col.subjects': 'Кимдин маалыматтары',
  'retention.col.years': 'Мөөнөт, жыл',
  'retention.col.updatedAt': 'Өзгөртүлгөн',
  'retention.col.updatedBy': 'Ким өзгөрткөн',
  'retention.outcome.report-refused': 'Кылмыш ишин козгоодон баш тартылды',
  'retention.outcome.case-terminated': 'Иш токтотулду',
  'retention.outcome.acquittal': 'Акталуу',
  'retention.outcome.sentence-served': 'Жаза өтөлдү',
  'retention.anchor.report-refused': 'кылмыш ишин козгоодон баш тартуу жөнүндө токтом (ЖПК 153-берене)',
  'retention.anchor.case-terminated': 'прокурордун ишти токтотуу жөнүндө токтому',
  'retention.anchor.acquittal': 'актоочу өкүмдүн мыйзамдуу күчүнө кириши',
  'retention.anchor.sentence-served': 'жазанын аякташы (өкүм күчүнө киргенден кийин жаза мөөнөтү же сыноо мөөнөтү өткөндө)',
  'retention.subjects.case': 'Иш боюнча бардык адамдар',
  'retention.subjects.person': 'Ар бир адам өзүнчө',
  'retention.yearsOf': 'Сактоо мөөнөтү, жыл менен: {outcome}',
  'retention.save': 'Сактоо',
  'retention.saved': 'Сактоо мөөнөтү өзгөртүлдү: «{outcome}» — {years} жыл. Өзгөртүү журналга жазылды.',
  'retention.defaultPeriod': 'баштапкы мөөнөт',
  'retention.yearsRange': 'мөөнөт {min}–{max} аралыгындагы бүтүн жыл саны болушу керек',
  'problem.retention-legal-only': 'Сактоо мөөнөттөрүн юрист-методисттер гана белгилейт.',
};
