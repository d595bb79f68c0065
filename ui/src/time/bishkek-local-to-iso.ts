import { BISHKEK_OFFSET_MS } from '../../../law/bishkek-time';

const offsetMinutes = BISHKEK_OFFSET_MS / 60_000;
/** `+06:00` */
const OFFSET = `+${String(Math.floor(offsetMinutes / 60)).padStart(2, '0')}:${String(offsetMinutes % 60).padStart(2, '0')}`;

/**
 * Reads a `datetime-local` value (`2026-11-26T14:05`) as Bishkek time and returns ISO 8601 with the
 * offset (`2026-11-26T14:05:00+06:00`); returns null for anything else.
 */
export function bishkekLocalToIso(local: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?$/.exec(local);
  if (!m) return null;
  return `${m[1]}T${m[2]}${m[3] ?? ':00'}${OFFSET}`;
}
