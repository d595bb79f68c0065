import type { Lang } from '../i18n/lang';

/** The subset of a JSON Schema (draft 2020-12) node that the UI reads. */
export interface JsonSchema {
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  type?: string | string[];
  format?: string;
  title?: string;
  'x-i18n'?: Partial<Record<Lang, string>>;
  enum?: unknown[];
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  /** The field names a person of the case holding one of these roles: a person picker. */
  'x-icj-person'?: string[];
  /** A fact the case holds (`person.sex`, `case.gravity`): shown read-only, filled in by the server. */
  'x-icj-from'?: string;
  /** Instants this one may not precede (`case.receivedAt`, `last:measure-motion.filedAt`, `sentAt`). */
  'x-icj-after'?: string[];
  /** The field anchors a liberty clock (the moment of detention): only a supervisor corrects it. */
  'x-icj-clock'?: boolean;
  /** (Root) Acts or facts that must be on record first, each with its article. */
  'x-icj-requires'?: Array<{ record?: string; fact?: string; where?: Record<string, unknown>; basis: string }>;
}
