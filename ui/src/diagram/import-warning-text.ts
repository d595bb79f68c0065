/** The text of a bpmn-js import warning: typed as a string, in practice `{ message, ... }`. */
export function importWarningText(warning: unknown): string {
  if (typeof warning === 'string') return warning;
  const message = (warning as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(warning);
}
