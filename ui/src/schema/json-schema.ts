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
}
