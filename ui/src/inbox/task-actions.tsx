import type { Task } from '../api/api-types';
import { useI18n } from '../i18n/use-i18n';
import { Link } from '../router/link';

/** Props of {@link TaskActionButtons}. */
export interface TaskActionButtonsProps {
  task: Task;
  userId: string;
  onClaim(task: Task): void;
  onGiveBack(task: Task): void;
  onHandOver(task: Task): void;
  /** Whether to offer Open (not on the task's own page). */
  withOpen?: boolean;
}

/**
 * What the user may do with an open task, from the server's `canAct` and `canAssign`: Claim it
 * (theirs to perform, nobody holds it), Give it back (held, by its holder or whoever may assign
 * it), Hand it over (the holder) or Reassign it (a head of unit or prosecutor over it).
 */
export function TaskActionButtons({ task, userId, onClaim, onGiveBack, onHandOver, withOpen = true }: TaskActionButtonsProps) {
  const { t } = useI18n();
  if (task.status !== 'open') return null;
  const held = task.claimedBy !== null;
  const mine = held && String(task.claimedBy) === String(userId);
  return (
    <>
      {task.canAct && !held && (
        <button type="button" className="button-secondary button-small" data-testid="task-claim" onClick={() => onClaim(task)}>
          {t('task.claim')}
        </button>
      )}
      {held && (mine || task.canAssign) && (
        <button type="button" className="button-secondary button-small" data-testid="task-give-back" onClick={() => onGiveBack(task)}>
          {t('task.giveBack')}
        </button>
      )}
      {task.canAssign && (
        <button type="button" className="button-secondary button-small" data-testid="task-hand-over" onClick={() => onHandOver(task)}>
          {mine || (!held && task.canAct) ? t('task.handOver') : t('task.reassign')}
        </button>
      )}
      {withOpen && (
        <Link to={`/tasks/${encodeURIComponent(task.id)}`} className="button button-primary button-small">
          {t('task.open')}
        </Link>
      )}
    </>
  );
}
