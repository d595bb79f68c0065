/** Asia/Bishkek is UTC+06:00 all year (no daylight saving since 2005). */
export const BISHKEK_OFFSET_MS = 6 * 3_600_000;

/** The calendar year in Bishkek at an instant. */
export function bishkekYear(at: Date): number {
  return new Date(at.getTime() + BISHKEK_OFFSET_MS).getUTCFullYear();
}
