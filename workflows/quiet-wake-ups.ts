import { CancellationScope, isCancellation, sleep } from '@temporalio/workflow';

/**
 * Workflow patch: a wake-up of a case that leaves its next due instant and its search attributes
 * as they were writes neither a timer nor an upsert. Before it, every wake-up (every act) cancelled
 * the timer of the next limit and started the same one again, and upserted the same attributes:
 * three of a step's nine history events, each a write to the cluster's PostgreSQL.
 */
export const QUIET_WAKE_UPS = 'quiet-wake-ups';

/** The timer of the case's next due instant, kept across wake-ups while that instant stays the same. */
export class DueTimer {
  private dueMs: number | null = null;
  private scope: CancellationScope | null = null;
  /** True once the timer of `dueMs` has fired: the main loop wakes and re-reads the next instant. */
  fired = false;

  /** Keeps the timer if it is for `dueMs` and has not fired; otherwise cancels it and starts one for `dueMs` (none if null). */
  keepFor(dueMs: number | null): void {
    if (dueMs === this.dueMs && !this.fired) return;
    this.scope?.cancel();
    this.scope = null;
    this.dueMs = dueMs;
    this.fired = false;
    if (dueMs === null) return;
    const scope = new CancellationScope();
    this.scope = scope;
    scope.run(() => sleep(dueMs - Date.now())).then(
      () => {
        if (this.scope === scope) this.fired = true;
      },
      (e: unknown) => {
        // Cancelled because the instant moved (or the case was cancelled): nothing to wake.
        if (!isCancellation(e)) throw e;
      },
    );
  }
}

/** The search attributes last upserted by this run, so that the same values are not upserted again. */
export class PublishedAttributes {
  private last: string | null = null;

  /** True when `values` differ from what this run last published (and remembers them). */
  changed(values: unknown): boolean {
    const key = JSON.stringify(values);
    if (key === this.last) return false;
    this.last = key;
    return true;
  }
}
