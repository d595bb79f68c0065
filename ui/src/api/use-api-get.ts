import { useCallback, useEffect, useState } from 'react';
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

interface Outcome<T> {
  path: string;
  data?: T;
  error?: ApiError;
}

/**
 * Loads `path` (skipped while null) and again when it changes or on `reload()`. Data and errors
 * belong to the path they were loaded for, so another page's data is never shown, and late
 * answers for an old path are dropped.
 */
export function useApiGet<T>(path: string | null): ApiGet<T> {
  const [outcome, setOutcome] = useState<Outcome<T>>();
  const [pending, setPending] = useState(0);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (path === null) return;
    let current = true;
    setPending((n) => n + 1);
    apiFetch<T>(path)
      .then((data) => {
        if (current) setOutcome({ path, data });
      })
      .catch((err: unknown) => {
        const error = err instanceof ApiError ? err : new ApiError({ title: String(err), status: 0 });
        if (current) setOutcome({ path, error });
      })
      .finally(() => setPending((n) => n - 1));
    return () => {
      current = false;
    };
  }, [path, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const setData = useCallback((data: T) => {
    if (path !== null) setOutcome({ path, data });
  }, [path]);
  const mine = outcome?.path === path ? outcome : undefined;
  return { data: mine?.data, error: mine?.error, loading: pending > 0, reload, setData };
}
