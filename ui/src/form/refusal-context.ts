import type { JsonSchema } from '../schema/json-schema';

/**
 * What a refusal's message may name besides its own params: the form's schema (a sibling field such
 * as `sentAt`), other record schemas already loaded (a record type's title, the `filedAt` of
 * `last:measure-motion.filedAt`), and the persons of the case (an id is shown by name, never as is).
 * Without it, record types fall back to `recordType.<type>` and unknown persons go unnamed.
 */
export interface RefusalContext {
  schema?: JsonSchema;
  schemas?: ReadonlyMap<string, JsonSchema>;
  persons?: ReadonlyArray<{ id: string; label: string }>;
}
