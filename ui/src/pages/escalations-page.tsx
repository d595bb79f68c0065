import { useState } from 'react';
import type { BoardList, Escalation } from '../api/api-types';
import { BOARD_LIVE_MS } from '../api/live-intervals';
import { useApiGet } from '../api/use-api-get';
import { Loading } from '../components/loading';
import { ProblemBox } from '../components/problem-box';
import { AcknowledgeForm } from '../escalations/acknowledge-form';
import { BOARD_MAX, BOARD_PAGE, boardFilterOf, boardQuery, type BoardFilter } from '../escalations/board-filter';
import { BoardFilters } from '../escalations/board-filters';
import { EscalationRow, type EscalationForm } from '../escalations/escalation-row';
import { OrderReleaseForm } from '../escalations/order-release-form';
import { ReassignCaseForm } from '../escalations/reassign-case-form';
import { NoticeBox } from '../components/notice-box';
import type { Notice } from '../components/notice';
import { IncidentBoard } from '../incidents/incident-board';
import { useI18n } from '../i18n/use-i18n';
import { useUnits } from '../org/use-units';
import { navigate } from '../router/navigate';
import { useLocation } from '../router/use-location';
import { useMe } from '../session/use-me';

/**
 * `/escalations`: the board of the head of unit and the supervising prosecutors, in the server's
 * order (expired liberty limits first), filtered by status, severity, limit and unit (kept in the
 * URL). Each escalation is said in the UI language, with the case's unit and the office it climbed
 * to; Acknowledge (with a comment), Reassign the case, Order release of a person held too long.
 * Below it, the cases whose processing keeps failing. The board loads itself again while it is
 * seen, so a limit that expires meanwhile is on it without a reload.
 */
export function EscalationsPage() {
  const { t } = useI18n();
  const me = useMe();
  const { pathname, searchParams } = useLocation();
  const filter = boardFilterOf(searchParams);
  // The server shows the first BOARD_PAGE, open ones first; "Show more" asks for the next ones, up to BOARD_MAX.
  const [size, setSize] = useState(BOARD_PAGE);
  const query = boardQuery(filter);
  const board = useApiGet<BoardList>(`/api/escalations${query}${size > BOARD_PAGE ? `${query ? '&' : '?'}size=${size}` : ''}`, { liveMs: BOARD_LIVE_MS });
  const units = (useUnits() ?? []).filter((u) => u.kind === 'investigative-unit');
  const [open, setOpen] = useState<{ id: string; form: EscalationForm }>();
  const [notice, setNotice] = useState<Notice>();

  function setFilter(next: BoardFilter) {
    setOpen(undefined);
    setSize(BOARD_PAGE);
    navigate(`${pathname}${boardQuery(next)}`, { replace: true });
  }

  function replace(updated: Escalation) {
    if (board.data) board.setData({ ...board.data, items: board.data.items.map((e) => (e.id === updated.id ? updated : e)) });
  }

  function formOf(e: Escalation) {
    if (open?.id !== e.id) return undefined;
    const close = () => setOpen(undefined);
    switch (open.form) {
      case 'acknowledge':
        return (
          <AcknowledgeForm
            escalation={e}
            onCancel={close}
            onAcknowledged={(updated) => {
              close();
              replace(updated);
            }}
          />
        );
      case 'reassign':
        return (
          <ReassignCaseForm
            escalation={e}
            onCancel={close}
            onReassigned={(name) => {
              close();
              setNotice({ key: 'escalations.reassigned', params: { case: e.registerNumber, name } });
              board.reload();
            }}
          />
        );
      case 'release':
        return (
          <OrderReleaseForm
            escalation={e}
            onCancel={close}
            onOrdered={() => {
              close();
              setNotice({ key: 'escalations.releaseOrdered', params: { person: e.personLabel ?? '—' } });
              board.reload();
            }}
          />
        );
    }
  }

  const items = board.data?.items ?? [];
  return (
    <section>
      <div className="page-title">
        <h1>{t('escalations.title')}</h1>
        <button type="button" className="button-secondary" onClick={board.reload}>
          {t('common.refresh')}
        </button>
      </div>
      {me?.can.board && <BoardFilters filter={filter} units={units} onChange={setFilter} />}
      <NoticeBox notice={notice} />
      {board.error && <ProblemBox problem={board.error.problem} />}
      {!board.data && board.loading && <Loading />}
      {board.data && items.length === 0 && <p className="empty">{t('escalations.empty')}</p>}
      {items.length > 0 && (
        <table className="data-table escalation-board" data-testid="escalation-table">
          <thead>
            <tr>
              <th scope="col">{t('col.severity')}</th>
              <th scope="col">{t('col.case')}</th>
              <th scope="col">{t('col.unit')}</th>
              <th scope="col">{t('col.event')}</th>
              <th scope="col">{t('col.remaining')}</th>
              <th scope="col">{t('col.raisedAt')}</th>
              <th scope="col">{t('col.status')}</th>
              <th scope="col">{t('col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((e) => (
              <EscalationRow
                key={e.id}
                escalation={e}
                supervises={me?.can.supervise === true}
                onOpen={(form) => {
                  setNotice(undefined);
                  setOpen({ id: e.id, form });
                }}
                form={formOf(e)}
              />
            ))}
          </tbody>
        </table>
      )}
      {board.data?.more && (
        <p className="board-more" data-testid="board-more">
          {t('escalations.more', { count: items.length })}{' '}
          {size < BOARD_MAX && (
            <button type="button" className="button-secondary" onClick={() => setSize(Math.min(BOARD_MAX, size + BOARD_PAGE))}>
              {t('escalations.showMore')}
            </button>
          )}
        </p>
      )}
      {/* the same supervisors see both: only once the board is shown are its failures asked for */}
      {board.data && <IncidentBoard />}
    </section>
  );
}
