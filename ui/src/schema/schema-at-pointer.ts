import type { JsonSchema } from './json-schema';
import { resolveSchema } from './resolve-schema';

/** The unescaped segments of a JSON pointer (`/a~1b/0` -> `['a/b', '0']`; `''` -> `[]`). */
export function pointerSegments(pointer: string): string[] {
  return pointer.split('/').slice(1).map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The resolved schema node a JSON pointer into the data names (array indices go to `items`), or undefined. */
export function schemaAtPointer(root: JsonSchema, pointer: string): JsonSchema | undefined {
  let node: JsonSchema | undefined = resolveSchema(root, root);
  for (const key of pointerSegments(pointer)) {
    if (!node) return undefined;
    const next: JsonSchema | undefined = node.properties?.[key] ?? (/^\d+$/.test(key) ? node.items : undefined);
    node = next && resolveSchema(next, root);
  }
  return node;
}
