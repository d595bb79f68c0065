/** Message parameters: `{name}` in a message is replaced by `params.name`. */
export type MessageParams = Record<string, string | number>;

/** Fills `{name}` placeholders; an unknown placeholder is left as written so the gap is visible. */
export function interpolate(message: string, params?: MessageParams): string {
  if (!params) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
