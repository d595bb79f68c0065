// Bishkek wall-clock time written independently of the UI's own code, so a browser test checks it.
const HOUR = 3_600_000;

/** The `datetime-local` value a Bishkek user would type for an instant (UTC+06:00, no DST). */
export function bishkekLocal(ms: number): string {
  return new Date(ms + 6 * HOUR).toISOString().slice(0, 16);
}

/** How the UI prints that same wall-clock time: `2026-11-26T14:05` -> `26.11.2026 14:05`. */
export function shownAs(local: string): string {
  const [date, time] = local.split('T') as [string, string];
  const [y, m, d] = date.split('-');
  return `${d}.${m}.${y} ${time}`;
}
