/** Appends one property name or array index to a JSON pointer (RFC 6901 escaping of `~` and `/`). */
export function childPointer(pointer: string, key: string | number): string {
  return `${pointer}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}
