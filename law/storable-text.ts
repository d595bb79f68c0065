/** One string (or object key) that PostgreSQL cannot store, located by a JSON pointer. */
export interface UnstorableText {
  path: string;
  reason: 'nul' | 'lone-surrogate';
}

/**
 * Why a string cannot be stored: PostgreSQL `text` and `jsonb` refuse NUL (U+0000), and a lone
 * UTF-16 surrogate is no character at all ("unsupported Unicode escape sequence"). Checked at
 * every entry point, so what validation accepts the store accepts.
 */
export function unstorableReason(s: string): UnstorableText['reason'] | null {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0) return 'nul';
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return 'lone-surrogate';
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      return 'lone-surrogate';
    }
  }
  return null;
}

/** Every string and object key in a JSON value that cannot be stored. */
export function unstorableTexts(value: unknown, path = ''): UnstorableText[] {
  if (typeof value === 'string') {
    const reason = unstorableReason(value);
    return reason ? [{ path, reason }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => unstorableTexts(v, `${path}/${i}`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => {
      const pointer = `${path}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      const reason = unstorableReason(k);
      return [...(reason ? [{ path: pointer, reason }] : []), ...unstorableTexts(v, pointer)];
    });
  }
  return [];
}
