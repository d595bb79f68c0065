import { BISHKEK_OFFSET_MS } from '../../../law/bishkek-time';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Formats an ISO instant as Bishkek wall-clock time, `26.11.2026 14:05`, whatever the browser's
 * zone; unparsable input is returned as is. Uses the same fixed offset as the server's law/ code
 * (Bishkek has no DST), so display and `bishkekLocalToIso` are exact inverses.
 */
export function formatInstant(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const d = new Date(ms + BISHKEK_OFFSET_MS);
  return (
    `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
  );
}
