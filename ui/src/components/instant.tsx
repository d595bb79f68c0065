import { formatInstant } from '../time/format-instant';

/** An instant in Bishkek time inside a `<time>` element carrying the ISO value. */
export function Instant({ value }: { value: string | null | undefined }) {
  if (!value) return <>—</>;
  return <time dateTime={value}>{formatInstant(value)}</time>;
}
