import type { StatisticsIndicator } from '../api/api-types';
import { useI18n } from '../i18n/use-i18n';
import { Link } from '../router/link';

/** The catalogue's groups in the order the list shows them; a group the UI does not know comes last, by its code. */
const GROUPS = ['caseload', 'performance', 'liberty', 'persons', 'probation'];

/** The indicators grouped by group, titled in the UI language, the human-rights ones marked; the chosen one current. */
export function IndicatorList({ items, chosen, hrefOf }: { items: readonly StatisticsIndicator[]; chosen?: string; hrefOf: (id: string) => string }) {
  const { t, tMaybe, lang } = useI18n();
  const groups = [...new Set([...GROUPS, ...items.map((i) => i.group)])].filter((g) => items.some((i) => i.group === g));
  return (
    <nav className="stats-list" aria-label={t('stats.indicators')} data-testid="stats-indicators">
      {groups.map((group) => (
        <section key={group}>
          <h3>{tMaybe(`stats.group.${group}`) ?? group}</h3>
          <ul>
            {items.filter((i) => i.group === group).map((i) => (
              <li key={i.id}>
                <Link to={hrefOf(i.id)} className={i.id === chosen ? 'active' : undefined} aria-current={i.id === chosen ? 'page' : undefined} data-indicator={i.id}>
                  {i.title[lang]}
                </Link>
                {i.humanRights && <span className="stats-hr-tag">{t('stats.humanRights')}</span>}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}
