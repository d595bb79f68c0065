import { useEffect, useState } from 'react';
import { ApiError } from '../api/api-error';
import { apiFetch } from '../api/api-fetch';
import type { JsonSchema } from './json-schema';

// Schemas change only with a deployment, so one fetch per record type per page load is enough.
const cache = new Map<string, Promise<JsonSchema>>();

/** Fetches (once, then from memory) the JSON Schema of a record type. */
export function fetchRecordSchema(recordType: string): Promise<JsonSchema> {
  let pending = cache.get(recordType);
  if (!pending) {
    pending = apiFetch<JsonSchema>(`/api/schemas/${encodeURIComponent(recordType)}`);
    // a 404 stays true until the next deployment; any other failure may pass, so try again later
    pending.catch((err: unknown) => {
      if (!(err instanceof ApiError && err.status === 404)) cache.delete(recordType);
    });
    cache.set(recordType, pending);
  }
  return pending;
}

/** The schema of a record type, or the error that prevented loading it. */
export function useRecordSchema(recordType: string | undefined): { schema?: JsonSchema; error?: ApiError } {
  const [state, setState] = useState<{ type?: string; schema?: JsonSchema; error?: ApiError }>({});
  useEffect(() => {
    if (!recordType) return;
    let current = true;
    fetchRecordSchema(recordType)
      .then((schema) => current && setState({ type: recordType, schema }))
      .catch((err: unknown) => {
        const error = err instanceof ApiError ? err : new ApiError({ title: String(err), status: 0 });
        if (current) setState({ type: recordType, error });
      });
    return () => {
      current = false;
    };
  }, [recordType]);
  return state.type === recordType ? { schema: state.schema, error: state.error } : {};
}
