import type { TestWorkflowEnvironment } from '@temporalio/testing';

/**
 * Moves the time-skipping server's clock forward by `ms`. Temporal's Java test server (1.38) now
 * and then keeps an extra time-skipping lock after an update, and its sleep then runs in real
 * time; when a skip has not finished after `stuckAfterMs` of real time, the leaked lock is
 * released once (a skip of days normally takes well under a second).
 */
export async function skipTime(env: TestWorkflowEnvironment, ms: number, stuckAfterMs = 15_000): Promise<void> {
  const sleeping = env.sleep(ms);
  let timer: NodeJS.Timeout | undefined;
  const stuck = await Promise.race([
    sleeping.then(() => false),
    new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(true), stuckAfterMs);
    }),
  ]);
  clearTimeout(timer);
  if (!stuck) return;
  await env.connection.testService?.unlockTimeSkipping({});
  await sleeping;
}
