import type { JsonSchema } from './json-schema';

function follow(root: JsonSchema, ref: string): JsonSchema | undefined {
  let node: unknown = root;
  for (const raw of ref.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node && typeof node === 'object' ? (node as JsonSchema) : undefined;
}

/**
 * Replaces a local `$ref` (`#/$defs/suspect`) by its target, keeping sibling keywords (2020-12
 * allows them: a `title` next to `$ref` wins). Remote refs are not followed.
 */
export function resolveSchema(schema: JsonSchema, root: JsonSchema): JsonSchema {
  let node = schema;
  for (let depth = 0; node.$ref?.startsWith('#/') && depth < 32; depth++) {
    const { $ref, ...siblings } = node;
    const target = follow(root, $ref);
    if (!target) return siblings;
    node = { ...target, ...siblings };
  }
  return node;
}
