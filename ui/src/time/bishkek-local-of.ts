import { BISHKEK_OFFSET_MS } from '../../../law/bishkek-time';

/**
 * The `datetime-local` value (`2026-11-26T14:05`) showing an instant (ISO text or ms) in Bishkek
 * wall-clock time, the inverse of `bishkekLocalToIso` to the minute; '' for an unparsable instant.
 */
export function bishkekLocalOf(instant: string | number): string {
  const ms = typeof instant === 'number' ? instant : Date.parse(instant);
  if (Number.isNaN(ms)) return '';
  return new Date(ms + BISHKEK_OFFSET_MS).toISOString().slice(0, 16);
}
