import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from './api-error';
import { apiFetch } from './api-fetch';

/** State of a GET: the data once loaded, the error if it failed, and a way to load it again. */
export interface ApiGet<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload(): void;
  setData(data: T): void;
}

/** How a GET keeps itself up to date. */
export interface ApiGetOptions {
  /**
   * Load the path again every so many milliseconds while the page is visible, in the background:
   * `loading` stays false, the data is replaced only when the answer differs, and a failed
   * background load leaves what is shown as it is (the next one tries again).
   */
  liveMs?: number;
}

interface Outcome<T> {
  path: string;
  data?: T;
  error?: ApiError;
}

function apiErrorOf(err: unknown): ApiError {
  return err instanceof ApiError ? err : new ApiError({ title: String(err), status: 0 });
}

/** A refusal (4xx) answers the same until something else changes: only data and passing failures (network, 5xx) are asked for again. */
function worthPolling(outcome: Outcome<unknown>): boolean {
  const status = outcome.error?.problem.status;
  return status === undefined || status === 0 || status >= 500;
}

/**
 * Loads `path` (skipped while null) and again when it changes or on `reload()`; with
 * `options.liveMs`, also in the background (see {@link ApiGetOptions}). Data and errors belong to
 * the path they were loaded for, so another page's data is never shown, and late answers for an
 * old path are dropped.
 */
export function useApiGet<T>(path: string | null, options: ApiGetOptions = {}): ApiGet<T> {
  const { liveMs } = options;
  const [outcome, setOutcome] = useState<Outcome<T>>();
  const [pending, setPending] = useState(0);
  const [generation, setGeneration] = useState(0);
  // What is shown, for the background loads to compare with, and the JSON text of its data.
  const shown = useRef<Outcome<T>>(undefined);
  const shownText = useRef<{ data: unknown; text: string }>(undefined);
  // Bumped by every load in the foreground and every setData: a background answer asked for before them is older than what they show.
  const version = useRef(0);
  const inFlight = useRef(0);

  const show = useCallback((next: Outcome<T>) => {
    shown.current = next;
    setOutcome(next);
  }, []);

  useEffect(() => {
    if (path === null) return;
    let current = true;
    version.current += 1;
    inFlight.current += 1;
    setPending((n) => n + 1);
    apiFetch<T>(path)
      .then((data) => {
        if (current) show({ path, data });
      })
      .catch((err: unknown) => {
        if (current) show({ path, error: apiErrorOf(err) });
      })
      .finally(() => {
        inFlight.current -= 1;
        setPending((n) => n - 1);
      });
    return () => {
      current = false;
    };
  }, [path, generation, show]);

  useEffect(() => {
    if (path === null || !liveMs) return;
    const livePath = path;
    let live = true;
    let timer: number | undefined;

    /** Whether an answer of this JSON text is what is shown already (the shown data's text is kept until the data changes). */
    function isShown(text: string): boolean {
      const current = shown.current;
      if (current?.path !== livePath || current.error) return false;
      const shownAs = (shownText.current?.data === current.data ? shownText.current?.text : undefined) ?? JSON.stringify(current.data);
      shownText.current = { data: current.data, text: shownAs };
      return shownAs === text;
    }

    async function backgroundLoad() {
      // the first load (or a reload) is still out, or its refusal would only be repeated
      if (inFlight.current > 0 || shown.current?.path !== livePath || !worthPolling(shown.current)) return;
      const asked = version.current;
      inFlight.current += 1;
      try {
        const data = await apiFetch<T>(livePath);
        if (!live || asked !== version.current) return;
        const text = JSON.stringify(data);
        if (isShown(text)) return;
        shownText.current = { data, text };
        show({ path: livePath, data });
      } catch {
        // what is shown stays as it is; the next tick tries again
      } finally {
        inFlight.current -= 1;
      }
    }

    function schedule() {
      window.clearTimeout(timer);
      timer = undefined;
      if (live && document.visibilityState === 'visible') timer = window.setTimeout(tick, liveMs);
    }
    function tick() {
      void backgroundLoad().finally(schedule);
    }
    // Hidden, nobody reads it: no loads until it is seen again, and then one at once.
    function visibilityChanged() {
      if (document.visibilityState === 'visible') tick();
      else schedule();
    }

    schedule();
    document.addEventListener('visibilitychange', visibilityChanged);
    return () => {
      live = false;
      window.clearTimeout(timer);
      document.removeEventListener('visibilitychange', visibilityChanged);
    };
  }, [path, liveMs, show]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const setData = useCallback((data: T) => {
    if (path === null) return;
    version.current += 1;
    show({ path, data });
  }, [path, show]);
  const mine = outcome?.path === path ? outcome : undefined;
  return { data: mine?.data, error: mine?.error, loading: pending > 0, reload, setData };
}
