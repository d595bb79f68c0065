/**
 * How often the pages that change without the user doing anything (limits falling due, records the
 * workflow writes, tasks colleagues claim) load themselves again in the background (`useApiGet`'s
 * `liveMs`).
 */

/** The names a browser test may override. */
export type LiveInterval = 'board' | 'inbox' | 'case' | 'justRegistered' | 'justRegisteredFor';

declare global {
  interface Window {
    /**
     * Test hook, read once when the app loads: a browser test sets it (playwright's
     * `addInitScript`) to shorten or lengthen the intervals below. Nothing in the app sets it.
     */
    __icjLiveMs?: Partial<Record<LiveInterval, number>>;
  }
}

function interval(name: LiveInterval, ms: number): number {
  const override = (globalThis as { __icjLiveMs?: Window['__icjLiveMs'] }).__icjLiveMs?.[name];
  return typeof override === 'number' && override > 0 ? override : ms;
}

// Every list shows a change within 5 s (issue 12): 4 s between the end of one load and the next.
/** The escalation board: a liberty limit that expires is on the board within 5 s, not at the next reload. */
export const BOARD_LIVE_MS = interval('board', 4_000);
/** The inbox: tasks the workflow opens and colleagues claim or hand over. */
export const INBOX_LIVE_MS = interval('inbox', 4_000);
/** A case page: its detail (deadlines, tasks, persons), records and progress. */
export const CASE_LIVE_MS = interval('case', 4_000);
/** A case page opened on a case with no records yet (just registered): the workflow writes them a moment after the 201. */
export const JUST_REGISTERED_LIVE_MS = interval('justRegistered', 2_000);
/** For how long after the page opens a just-registered case is loaded that often. */
export const JUST_REGISTERED_FOR_MS = interval('justRegisteredFor', 30_000);
