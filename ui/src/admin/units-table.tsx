import { RELATION_KINDS, type RelationKind, type UnitItem } from '../api/admin-types';
import { useI18n } from '../i18n/use-i18n';
import { unitName } from '../org/unit-name';
import { unitTree } from '../org/unit-tree';

/** Props of {@link UnitsTable}. */
export interface UnitsTableProps {
  units: readonly UnitItem[];
  onEdit(unit: UnitItem): void;
}

/** The institutions as a tree (each under its parent, indented), with kind, rung, region and an investigative unit's relations. */
export function UnitsTable({ units, onEdit }: UnitsTableProps) {
  const { t, tMaybe, lang, enumLabel } = useI18n();
  const byId = new Map(units.map((u) => [u.id, u]));
  return (
    <table className="data-table units-table" data-testid="units-table">
      <thead>
        <tr>
          <th scope="col">{t('col.code')}</th>
          <th scope="col">{t('col.unitName')}</th>
          <th scope="col">{t('col.kind')}</th>
          <th scope="col">{t('admin.unit.region')}</th>
          <th scope="col">{t('admin.unit.relations')}</th>
          <th scope="col">{t('col.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {unitTree(units).map(({ unit: u, depth }) => (
          <tr key={u.id} data-testid="unit-row" data-code={u.code} data-depth={depth} className={u.active ? undefined : 'row-inactive'}>
            <td className="nowrap">
              <span className="tree-indent" style={{ paddingLeft: `${depth * 1.25}rem` }}>
                {depth > 0 && <span className="tree-branch" aria-hidden="true">└ </span>}
                <code>{u.code}</code>
              </span>
            </td>
            <td>
              {unitName(u, lang)} {!u.active && <span className="badge status-cancelled">{t('admin.unit.inactive')}</span>}
              {u.agency && <div className="small muted">{tMaybe(`agency.${u.agency}`) ?? u.agency}</div>}
            </td>
            <td>
              {tMaybe(`unitKind.${u.kind}`) ?? u.kind}
              {u.rung && <div className="small muted">{tMaybe(`rung.${u.rung}`) ?? u.rung}</div>}
            </td>
            <td>
              {u.region ? enumLabel(u.region) : '—'}
              {u.district && <div className="small muted">{u.district}</div>}
            </td>
            <td className="small">
              {(Object.keys(RELATION_KINDS) as RelationKind[])
                .filter((k) => u.relations[k])
                .map((k) => {
                  const related = byId.get(u.relations[k]!);
                  return (
                    <div key={k} data-relation={k}>
                      <span className="muted">{t(`relation.${k}`)}:</span> {related ? <code title={unitName(related, lang)}>{related.code}</code> : '—'}
                    </div>
                  );
                })}
            </td>
            <td>
              <div className="action-row">
                <button type="button" className="button-secondary button-small" data-testid="unit-edit" onClick={() => onEdit(u)}>
                  {t('admin.unit.edit')}
                </button>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
