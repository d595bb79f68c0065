import { useEffect, useState } from 'react';
import type { JsonSchema } from './json-schema';
import { fetchRecordSchema } from './use-record-schema';

/**
 * The schemas of several record types, by type, as they arrive (from the same cache as
 * `useRecordSchema`). A type whose schema fails to load is simply absent: callers fall back to
 * `recordType.<type>` or the type itself.
 */
export function useRecordSchemas(recordTypes: readonly string[]): ReadonlyMap<string, JsonSchema> {
  const key = recordTypes.join('\n');
  const [schemas, setSchemas] = useState<ReadonlyMap<string, JsonSchema>>(() => new Map());
  useEffect(() => {
    let current = true;
    for (const type of key ? key.split('\n') : []) {
      fetchRecordSchema(type)
        .then((schema) => {
          if (current) setSchemas((old) => (old.get(type) === schema ? old : new Map(old).set(type, schema)));
        })
        .catch(() => {
          // not named by title then; the refusal is still shown
        });
    }
    return () => {
      current = false;
    };
  }, [key]);
  return schemas;
}
