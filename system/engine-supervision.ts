import type { Engine } from './engines';
import type { Log } from './logger';

/** An engine `npm start` runs, with how to start it again. */
export interface SupervisedEngine<E extends Engine = Engine> {
  name: string;
  current: E;
  start(): Promise<E>;
}

/**
 * Keeps the engines `npm start` itself started (embedded PostgreSQL, the Temporal dev server)
 * running: every `everyMs` each is checked, and one whose process has died is started again on
 * the same data and port, so the worker and the API, which reconnect by themselves, go on. An
 * engine this process did not start (DATABASE_URL, TEMPORAL_ADDRESS) is somebody else's to
 * supervise. Returns the stop of the watch.
 */
export function superviseEngines(engines: SupervisedEngine[], log: Log & { error: Log }, everyMs = 2000): () => void {
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    void (async () => {
      for (const e of engines) {
        if (!e.current.embedded || e.current.alive()) continue;
        log.error(`${e.name} stopped unexpectedly; starting it again`);
        try {
          e.current = await e.start();
          log(`${e.name} is running again`);
        } catch (err) {
          log.error(`${e.name} did not start again; retrying`, { error: String((err as Error)?.message ?? err) });
        }
      }
    })().finally(() => {
      busy = false;
    });
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
