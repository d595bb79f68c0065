import type { JsonSchema } from '../schema/json-schema';

/** The widgets a schema may ask for with `x-icj-widget` (law/ajv.ts accepts the keyword). */
export type Widget = 'criminal-code-article';

const WIDGETS: readonly Widget[] = ['criminal-code-article'];

/** The widget the field's schema names with `x-icj-widget`, or null for the control its type gives. */
export function widgetOf(schema: JsonSchema): Widget | null {
  const named = (schema as JsonSchema & { 'x-icj-widget'?: unknown })['x-icj-widget'];
  return WIDGETS.find((w) => w === named) ?? null;
}
