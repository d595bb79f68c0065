import { useCallback, useState, type ReactNode } from 'react';
import type { Task, TaskList } from '../api/api-types';
import { INBOX_LIVE_MS } from '../api/live-intervals';
import { useApiGet } from '../api/use-api-get';
import { Loading } from '../components/loading';
import { ProblemBox } from '../components/problem-box';
import { AssignTaskForm } from '../inbox/assign-task-form';
import { inboxSections } from '../inbox/inbox-sections';
import { TaskActionButtons } from '../inbox/task-actions';
import { NoticeBox } from '../components/notice-box';
import { TaskTable } from '../inbox/task-table';
import { useTaskActions } from '../inbox/use-task-actions';
import { useI18n } from '../i18n/use-i18n';
import type { MessageKey } from '../i18n/messages';
import { useMe } from '../session/use-me';

/**
 * `/inbox`: the open tasks the user sees, in three sections, each in the server's order (overdue
 * acts about liberty first, then soonest due): the user's own, those of their institution to
 * claim, and the others' they supervise. Claim, give back, hand over or reassign by what the
 * server says the user may do. The list loads itself again while it is seen.
 */
export function InboxPage() {
  const { t } = useI18n();
  const me = useMe();
  const tasks = useApiGet<TaskList>('/api/tasks', { liveMs: INBOX_LIVE_MS });
  const [assigning, setAssigning] = useState<string>();
  const { data, setData, reload } = tasks;
  const replace = useCallback(
    (changed: Task) => {
      if (data) setData({ ...data, items: data.items.map((x) => (x.id === changed.id ? changed : x)) });
    },
    [data, setData],
  );
  const actions = useTaskActions(replace, reload);

  const sections = data && me ? inboxSections(data.items, me.id) : undefined;
  const section = (name: string, title: MessageKey, empty: MessageKey, rows: Task[], intro?: ReactNode) => (
    <section className="inbox-section" data-testid={`inbox-${name}`}>
      <h2>
        {t(title)} <span className="count">{rows.length}</span>
      </h2>
      {intro}
      {rows.length === 0 ? (
        <p className="empty" data-testid="inbox-empty">
          {t(empty)}
        </p>
      ) : (
        <TaskTable
          tasks={rows}
          section={name}
          actions={(task) => (
            <TaskActionButtons
              task={task}
              userId={me!.id}
              onClaim={(x) => void actions.claim(x)}
              onGiveBack={(x) => void actions.giveBack(x)}
              onHandOver={(x) => setAssigning(x.id)}
            />
          )}
          expanded={
            assigning && rows.some((x) => x.id === assigning)
              ? {
                  taskId: assigning,
                  content: (
                    <AssignTaskForm
                      task={rows.find((x) => x.id === assigning)!}
                      onCancel={() => setAssigning(undefined)}
                      onAssigned={(updated, name) => {
                        setAssigning(undefined);
                        actions.assigned(updated, name);
                      }}
                    />
                  ),
                }
              : undefined
          }
        />
      )}
    </section>
  );

  return (
    <section>
      <div className="page-title">
        <h1>{t('inbox.title')}</h1>
        <button type="button" className="button-secondary" onClick={reload}>
          {t('common.refresh')}
        </button>
      </div>
      <NoticeBox notice={actions.notice} />
      {actions.problem && <ProblemBox problem={actions.problem} />}
      {tasks.error && <ProblemBox problem={tasks.error.problem} />}
      {!data && tasks.loading && <Loading />}
      {sections && (
        <>
          {section('mine', 'inbox.mine', 'inbox.mineEmpty', sections.mine)}
          {section('institution', 'inbox.institution', 'inbox.institutionEmpty', sections.institution)}
          {/* an institution that supervises no one (a facility, a court) has others' tasks only when a colleague holds one */}
          {(me?.can.supervise || sections.supervised.length > 0) &&
            section('supervised', 'inbox.supervised', 'inbox.supervisedEmpty', sections.supervised, <p className="muted">{t('inbox.supervisedIntro')}</p>)}
          {/* The server lists the most urgent 500 at most, and says when more are open: never a silent cut. */}
          {data?.more && (
            <p className="notice" data-testid="inbox-more">
              {t('inbox.more', { count: data.items.length })}
            </p>
          )}
        </>
      )}
    </section>
  );
}
