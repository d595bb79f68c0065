import { resolve, shapeOf } from '../casefile/schema-annotations';
import { recordSchemaSources } from '../law/record-schema-sources';
import { capabilitiesOf, roles } from '../org/roles';
import { categories } from './personal-data-categories';
import { defaultRetentionRules, type RetentionRule } from './retention-rules';
import storesData from './personal-data-stores.json';

/**
 * The register of personal data (Law No. 58 of 2008 "On personal information"; Government
 * Decrees No. 759 and 760 of 2017 on its registration), generated from the marks `x-personal` of
 * the record schemas, the category catalogue, the stores outside the records and the retention
 * rules: what the system holds, why, who may read it, how it is protected and for how long. Pure.
 */
export type Lang = 'en' | 'ru';

interface Store { store: string; category: string; en: string; ru: string }
const stores = storesData.stores as Store[];

/** Where a category is held: each record type and field that carries it (titles in the language). */
export function fieldsByCategory(lang: Lang): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [type, root] of Object.entries(recordSchemaSources)) {
    for (const field of shapeOf(root).personal) {
      const list = out.get(field.category) ?? [];
      list.push(`${titleOf(root, lang) ?? type}: ${fieldTitle(root, field.path, lang) ?? field.path.join('/')}`);
      out.set(field.category, list);
    }
  }
  return out;
}

const text = {
  en: {
    title: 'Register of personal data held by ICJIMS',
    intro: 'Generated from the record schemas (`x-personal`), the category catalogue and the retention rules by `icj data-register`. Legal bases: Law of the Kyrgyz Republic No. 58 of 14 April 2008 "On personal information"; Criminal Procedure Code arts. 146 (Unified Register of Crimes) and 167 (secrecy of the investigation).',
    held: 'Held in', stores: 'Also in', purpose: 'Purpose', readersLabel: 'Who may read it', protection: 'Protection', keptFor: 'How long',
    purposes: {
      procedure: 'conduct of the criminal procedure: the acts of the Criminal Procedure Code, their time limits and the supervision of their legality',
      statistics: 'statistics of criminal justice (UNODC ICCS, SDG 16.3.2), always without the name: no statistic shows fewer persons than the suppression threshold',
      authorship: 'authorship of a procedural act: who performed it, in what capacity',
    },
    readers: {
      procedure: 'the roles working on cases, only for the cases their institution is responsible for (domain/case-scope.ts): ',
      statistics: 'the analyst and the prosecutors, as counts only; the roles working on cases with the case',
      authorship: 'whoever may read the act',
    },
    sealed: 'encrypted in PostgreSQL with a key of the person it concerns (or of the case, for text about several persons); in Temporal encrypted by the payload codec; each read by a person written to the access log with the case and the route',
    clear: 'stored in PostgreSQL without encryption of its own; read with the act it belongs to; the database holds it under least privilege',
    untilRule: 'until the retention rule of the outcome ends, then its key is destroyed (unreadable everywhere, backups included, once the backups of the key have expired):',
    withRecord: 'kept with the procedural record (the evidence of the procedure)',
    years: 'years after',
    rulesSet: 'Legal staff set the periods (GET/PUT /api/retention-rules); the defaults are shown.',
    temporal: 'Temporal workflow histories: every payload encrypted (AES-256-GCM, TEMPORAL_CODEC_KEYS); the histories of a case are deleted when its retention ends.',
    facility: 'the detention facility (facility-officer): the name and the liberty deadlines of the persons it holds, nothing else',
    accessLog: 'Access log: who read whose data (staff user, unit, case, route, the persons shown); kept; read by auditors only.',
  },
  ru: {
    title: 'Реестр персональных данных ИСУИУП (ICJIMS)',
    intro: 'Составлен командой `icj data-register` по схемам записей (`x-personal`), каталогу категорий и правилам хранения. Правовые основания: Закон Кыргызской Республики от 14 апреля 2008 года № 58 «Об информации персонального характера»; УПК КР ст. 146 (Единый реестр преступлений) и 167 (тайна следствия).',
    held: 'Где хранится', stores: 'Также', purpose: 'Цель', readersLabel: 'Кто может читать', protection: 'Защита', keptFor: 'Срок хранения',
    purposes: {
      procedure: 'производство по уголовному делу: процессуальные действия УПК, их сроки и надзор за законностью',
      statistics: 'статистика уголовного правосудия (МКПС УНП ООН, ЦУР 16.3.2), всегда без имени: ни один показатель не показывает меньше лиц, чем порог подавления',
      authorship: 'авторство процессуального акта: кто и в каком качестве его совершил',
    },
    readers: {
      procedure: 'роли, работающие с делами, только по делам своего учреждения (domain/case-scope.ts): ',
      statistics: 'аналитик и прокуроры — только в виде чисел; роли, работающие с делом, — вместе с делом',
      authorship: 'все, кто может читать акт',
    },
    sealed: 'зашифровано в PostgreSQL ключом лица, к которому относится (или дела — для текста о нескольких лицах); в Temporal — кодеком полезной нагрузки; каждое прочтение записывается в журнал доступа с делом и маршрутом',
    clear: 'хранится в PostgreSQL без собственного шифрования, читается вместе с актом; база данных — с минимальными правами',
    untilRule: 'до окончания срока хранения по исходу дела, затем ключ уничтожается (данные нечитаемы везде, включая резервные копии, после истечения срока копий ключа):',
    withRecord: 'хранится вместе с процессуальной записью (доказательство производства)',
    years: 'лет после:',
    rulesSet: 'Сроки устанавливают юристы (GET/PUT /api/retention-rules); показаны значения по умолчанию.',
    temporal: 'Истории процессов Temporal: все данные зашифрованы (AES-256-GCM, TEMPORAL_CODEC_KEYS); истории дела удаляются по окончании срока хранения.',
    facility: 'изолятор временного содержания (facility-officer): имя и сроки лишения свободы содержащихся в нём лиц, ничего больше',
    accessLog: 'Журнал доступа: кто читал чьи данные (пользователь, подразделение, дело, маршрут, показанные лица); хранится; читают только аудиторы.',
  },
} as const;

/** The register as Markdown, in one language. */
export function dataRegister(lang: Lang, rules: RetentionRule[] = defaultRetentionRules): string {
  const t = text[lang];
  const caseRoles = roles.filter((role) => capabilitiesOf(role).cases);
  const held = fieldsByCategory(lang);
  const lines = [`# ${t.title}`, '', t.intro, ''];
  for (const [id, c] of Object.entries(categories)) {
    lines.push(`## ${c[lang].name} (\`${id}\`)`, '', c[lang].says, '');
    const fields = [...new Set(held.get(id) ?? [])];
    if (fields.length > 0) lines.push(`- **${t.held}**: ${fields.join('; ')}`);
    const elsewhere = stores.filter((s) => s.category === id);
    if (elsewhere.length > 0) lines.push(`- **${t.stores}**: ${elsewhere.map((s) => `\`${s.store}\` (${s[lang]})`).join('; ')}`);
    lines.push(`- **${t.purpose}**: ${t.purposes[c.purpose]}`);
    lines.push(`- **${t.readersLabel}**: ${t.readers[c.purpose]}${c.purpose === 'procedure' ? `${caseRoles.join(', ')}; ${t.facility}` : ''}`);
    lines.push(`- **${t.protection}**: ${c.sealed ? t.sealed : t.clear}`);
    if (c.sealed) {
      lines.push(`- **${t.keptFor}**: ${t.untilRule}`);
      for (const r of rules) lines.push(`  - ${r[lang].name} (\`${r.outcome}\`): ${r.years} ${t.years} ${r[lang].anchor}`);
      lines.push(`  - ${t.rulesSet}`);
    } else {
      lines.push(`- **${t.keptFor}**: ${t.withRecord}`);
    }
    lines.push('');
  }
  lines.push(`- ${t.temporal}`, `- ${t.accessLog}`, '');
  return lines.join('\n');
}

type Schema = Record<string, unknown>;

function titleOf(node: Schema | undefined, lang: Lang): string | null {
  const i18n = node?.['x-i18n'] as Record<string, string> | undefined;
  return i18n?.[lang] ?? (typeof node?.title === 'string' ? node.title : null);
}

function fieldTitle(root: Schema, path: readonly string[], lang: Lang): string | null {
  let node: Schema | undefined = root;
  const titles: string[] = [];
  for (const seg of path) {
    node = node && resolve(node, root);
    node = seg === '*' ? (node?.items as Schema | undefined) : (node?.properties as Record<string, Schema> | undefined)?.[seg];
    const resolved = node && resolve(node, root);
    const title = titleOf(resolved, lang);
    if (title && seg !== '*') titles.push(title);
  }
  return titles.length > 0 ? titles.join(' › ') : null;
}
