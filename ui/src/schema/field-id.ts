/**
 * The DOM id of the form control for a JSON pointer: `field-` + the pointer with every `/` replaced
 * by `.`, so `/decidedAt` -> `field-.decidedAt` and `/suspects/0/lastName` ->
 * `field-.suspects.0.lastName` (the root `''` -> `field-`). Characters other than letters, digits,
 * `_` and `-` in a property name are written as `_<hex code>_` so two pointers never share an id.
 * In CSS selectors escape the dots (`#field-\.decidedAt`) or use `[id="field-.decidedAt"]`; every
 * field's wrapper also carries `data-path` with the raw pointer.
 */
export function fieldId(pointer: string): string {
  const segments = pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.charCodeAt(0).toString(16)}_`));
  return 'field-' + segments.map((s) => `.${s}`).join('');
}
