import { useState } from 'react';
import type { UnitItem } from '../api/admin-types';
import { UnitForm } from '../admin/unit-form';
import { UnitsTable } from '../admin/units-table';
import { Loading } from '../components/loading';
import type { Notice } from '../components/notice';
import { NoticeBox } from '../components/notice-box';
import { useI18n } from '../i18n/use-i18n';
import { reloadUnits } from '../org/units-store';
import { useUnits } from '../org/use-units';
import { useMe } from '../session/use-me';

/** `/admin/units` (administrators): the institutions as a tree; create one, change one and its relations. */
export function AdminUnitsPage() {
  const { t } = useI18n();
  const allowed = useMe()?.can.administer === true;
  const units = useUnits();
  const [open, setOpen] = useState<{ unit?: UnitItem }>();
  const [notice, setNotice] = useState<Notice>();

  return (
    <section>
      <div className="page-title">
        <h1>{t('admin.units.title')}</h1>
        {allowed && (
          <div className="toolbar-inline">
            <button
              type="button"
              className="button-primary"
              data-testid="unit-new"
              onClick={() => {
                setNotice(undefined);
                setOpen({});
              }}
            >
              {t('admin.units.new')}
            </button>
            <button type="button" className="button-secondary" onClick={reloadUnits}>
              {t('common.refresh')}
            </button>
          </div>
        )}
      </div>
      {!allowed && <p className="alert alert-info">{t('problem.administrators-only')}</p>}
      {allowed && <p className="muted">{t('admin.units.intro')}</p>}
      <NoticeBox notice={notice} />
      {allowed && open && units && (
        <div className="panel">
          <UnitForm
            key={open.unit?.id ?? 'new'}
            unit={open.unit}
            units={units}
            onCancel={() => setOpen(undefined)}
            onSaved={(saved) => {
              setOpen(undefined);
              setNotice({ key: open.unit ? 'admin.unit.saved' : 'admin.unit.created', params: { code: saved.code } });
              reloadUnits();
            }}
          />
        </div>
      )}
      {!units && <Loading />}
      {allowed && units && units.length === 0 && <p className="empty">{t('admin.units.empty')}</p>}
      {allowed && units && units.length > 0 && (
        <UnitsTable
          units={units}
          onEdit={(unit) => {
            setNotice(undefined);
            setOpen({ unit });
          }}
        />
      )}
    </section>
  );
}
