import { BISHKEK_OFFSET_MS } from './bishkek-time';

/**
 * Whether a person is a child (under 18) at a given instant, counting birthdays in Asia/Bishkek
 * (UTC+06:00 all year): the person turns 18 at 00:00 Bishkek time on their 18th birthday.
 */
export function isChildAt(birthDate: string, at: string): boolean {
  const [y, m, d] = birthDate.split('-').map(Number);
  const eighteenth = Date.UTC(y + 18, m - 1, d) - BISHKEK_OFFSET_MS;
  return Date.parse(at) < eighteenth;
}
