/** Asia/Bishkek is UTC+06:00 all year (no daylight saving since 2005). */
export const BISHKEK_OFFSET_MS = 6 * 3_600_000;

/** The calendar year in Bishkek at an instant. */
export function bishkekYear(at: Date): number {
  return new Date(at.getTime() + BISHKEK_OFFSET_MS).getUTCFullYear();
}

/** An instant written in Bishkek time with its offset, e.g. 2026-11-29T23:30:00+06:00. */
export function toBishkekIso(instant: string | Date): string {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  return `${new Date(ms + BISHKEK_OFFSET_MS).toISOString().slice(0, 19)}+06:00`;
}
