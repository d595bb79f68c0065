/**
 * Renders a configuration template of cluster/ (temporal-node.yaml, haproxy.cfg): every `${NAME}`
 * outside a comment line is replaced by the variable's value. A variable the template uses and
 * the caller did not give is an error, so no file goes out with a hole in it. Pure.
 */
export function renderTemplate(template: string, vars: Readonly<Record<string, string>>): string {
  const missing = new Set<string>();
  const out = template.split('\n').map((line) => {
    if (line.trimStart().startsWith('#')) return line;
    return line.replace(/\$\{([A-Z0-9_]+)\}/g, (_, name: string) => {
      const value = vars[name];
      if (value === undefined) {
        missing.add(name);
        return '';
      }
      return value;
    });
  });
  if (missing.size > 0) throw new Error(`template variables not given: ${[...missing].sort().join(', ')}`);
  return out.join('\n');
}
