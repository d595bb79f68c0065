import data from './kg-population.json';

const years = data.years as Record<string, Record<string, number>>;

/** The resident population of a region (or the country, region undefined) for a year: the latest year held at or before it, else the earliest. */
export function populationOf(year: number, region?: string): number {
  const held = Object.keys(years).map(Number).sort((a, b) => a - b);
  const chosen = [...held].reverse().find((y) => y <= year) ?? held[0]!;
  const byRegion = years[String(chosen)]!;
  if (region === undefined) return Object.values(byRegion).reduce((sum, n) => sum + n, 0);
  return byRegion[region] ?? 0;
}

/** The regions the population data holds. */
export const populationRegions: readonly string[] = Object.keys(Object.values(years)[0] ?? {});
