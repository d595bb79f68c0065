/** The segments of a JSON pointer (`/suspects/0/detainedAt` -> ['suspects', '0', 'detainedAt']). */
export function pointerSegments(pointer: string): string[] {
  return pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The value at a pointer, or undefined. */
export function valueAt(data: unknown, pointer: string): unknown {
  let node = data;
  for (const seg of pointerSegments(pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[seg];
  }
  return node;
}

/**
 * A copy of the data with the value at an existing parent's pointer replaced (the input is not
 * changed); null removes the field (a correction clearing an optional value).
 */
export function withValueAt(data: Record<string, unknown>, pointer: string, value: unknown): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(data)) as Record<string, unknown>;
  const segs = pointerSegments(pointer);
  let node: Record<string, unknown> = copy;
  for (const seg of segs.slice(0, -1)) {
    const child = node[seg];
    if (child === null || typeof child !== 'object') return copy;
    node = child as Record<string, unknown>;
  }
  if (value === null) delete node[segs[segs.length - 1]];
  else node[segs[segs.length - 1]] = value;
  return copy;
}

/** Whether a pointer matches a field path with `*` for array items (`/suspects/3/detainedAt` ~ suspects,*,detainedAt). */
export function matchesPath(pointer: string, path: readonly string[]): boolean {
  const segs = pointerSegments(pointer);
  return segs.length === path.length && path.every((p, i) => p === segs[i] || (p === '*' && /^\d+$/.test(segs[i])));
}
