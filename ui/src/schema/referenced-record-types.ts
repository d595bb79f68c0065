import type { ProblemFieldError } from '../api/problem';
import type { JsonSchema } from './json-schema';

/**
 * The other record types a form's refusals may name: the schema's preconditions
 * (`x-icj-requires`), the records its instants may not precede (`x-icj-after`:
 * `last:measure-motion.filedAt`), and any the errors at hand name. Sorted, each once, so the list
 * is a stable key for loading their titles.
 */
export function referencedRecordTypes(schema: JsonSchema, errors: readonly ProblemFieldError[] = []): string[] {
  const found = new Set<string>();
  const fromRef = (ref: unknown) => {
    if (typeof ref === 'string' && ref.startsWith('last:')) found.add(ref.slice(5).split('.')[0]!);
  };
  const walk = (node: JsonSchema) => {
    for (const rule of node['x-icj-requires'] ?? []) if (rule.record) found.add(rule.record);
    node['x-icj-after']?.forEach(fromRef);
    Object.values(node.properties ?? {}).forEach(walk);
    Object.values(node.$defs ?? {}).forEach(walk);
    if (node.items) walk(node.items);
  };
  walk(schema);
  for (const e of errors) {
    fromRef(e.params?.fact);
    const requires = e.params?.requires;
    if (typeof requires === 'string' && !requires.includes('.')) found.add(requires);
  }
  found.delete('');
  return [...found].sort();
}
