import { BISHKEK_OFFSET_MS } from './bishkek-time';

/**
 * The age bands of every record schema: the juvenile bands (CPC chapter on juveniles: under 14 is
 * below the age of criminal responsibility, CC 27), then the statistical bands of the national
 * picture; 30-39 with 40-49 and 50-59 with 60-plus add up to UNODC's 30-49 and 50 and over.
 */
export const ageBands = ['under-14', '14-15', '16-17', '18-24', '25-29', '30-39', '40-49', '50-59', '60-plus'] as const;
export type AgeBand = (typeof ageBands)[number];

/** Completed years of age at an instant, birthdays counted in Asia/Bishkek (UTC+06:00). */
export function ageAt(birthDate: string, at: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const local = new Date(Date.parse(at) + BISHKEK_OFFSET_MS);
  const [y, m, d] = [local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate()];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** The age band of a person born on `birthDate`, on the day of `at` (Bishkek time). */
export function ageBandAt(birthDate: string, at: string): AgeBand {
  const age = ageAt(birthDate, at);
  if (age < 14) return 'under-14';
  if (age < 16) return '14-15';
  if (age < 18) return '16-17';
  if (age < 25) return '18-24';
  if (age < 30) return '25-29';
  if (age < 40) return '30-39';
  if (age < 50) return '40-49';
  if (age < 60) return '50-59';
  return '60-plus';
}
