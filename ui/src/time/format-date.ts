/** Formats a calendar date `2026-11-26` as `26.11.2026` (no time zone: it is not an instant). */
export function formatDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : date;
}
