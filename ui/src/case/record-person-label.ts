import type { Lang } from '../i18n/lang';
import { lookupMessage } from '../i18n/lookup-message';
import type { JsonSchema } from '../schema/json-schema';

/**
 * How a record shows a value that names a person of the case (a `personId`, or any field its
 * schema marks `x-icj-person`, at any depth: an indictment's `accused[i].personId`): the person's
 * name from the case's persons, else "person not found", never the id. Null for any other field.
 */
export function recordPersonLabel(
  key: string,
  schema: JsonSchema | undefined,
  value: unknown,
  persons: ReadonlyArray<{ id: string; label: string }>,
  lang: Lang,
): string | null {
  if (key !== 'personId' && !Array.isArray(schema?.['x-icj-person'])) return null;
  if (value === null || value === undefined) return null;
  return persons.find((p) => p.id === value)?.label ?? lookupMessage(lang, 'person.unknown') ?? '—';
}
