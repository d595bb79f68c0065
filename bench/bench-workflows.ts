import { condition, defineSignal, defineUpdate, setHandler } from '@temporalio/workflow';

/** Baseline: an update that does nothing but return, so its cost is Temporal's own round trip. */
export const pingUpdate = defineUpdate<number, [number]>('ping');
export const stopSignal = defineSignal('stop');

export async function bareUpdateWorkflow(): Promise<void> {
  let stopped = false;
  setHandler(pingUpdate, (n) => n);
  setHandler(stopSignal, () => {
    stopped = true;
  });
  await condition(() => stopped);
}
