import { ageBands } from '../../law/age-band';
import { recordSchema } from '../../law/record-schemas';

/**
 * The breakdowns of the national picture and the fact column each reads. Every fact table carries
 * the case's dimensions; the person's ones (sex, age band, child) only the person-level facts.
 */
export const dimensionColumns = {
  region: 'region',
  agency: 'agency',
  unit: 'unit_id',
  iccs: 'iccs_section',
  gravity: 'gravity',
  sex: 'sex',
  age: 'age_band',
  child: 'is_child',
  relationship: 'relationship_to_suspect',
  limit: 'limit_id',
} as const;

export type Dimension = keyof typeof dimensionColumns;

export const dimensions = Object.keys(dimensionColumns) as Dimension[];

/** The dimensions of the case (every fact table has them). */
export const caseDimensions: readonly Dimension[] = ['region', 'agency', 'unit', 'iccs', 'gravity'];
/** The dimensions of a person-level fact (stat_persons, stat_deprivations). */
export const personDimensions: readonly Dimension[] = [...caseDimensions, 'sex', 'age', 'child'];

export function isDimension(value: string): value is Dimension {
  return Object.hasOwn(dimensionColumns, value);
}

/** A cell's key value as the API shows it: text, `true`/`false` for the child flag, `unknown` for null. */
export function dimensionValue(value: unknown): string {
  if (value === null || value === undefined) return 'unknown';
  return String(value);
}

/**
 * The categories a dimension always has, so that a category with no facts shows its zero rather
 * than vanishing from a breakdown: from the registration's schema and the law (one place each);
 * the others (unit, agency, limit) have those present.
 */
export const knownCategories: Partial<Record<Dimension, readonly string[]>> = (() => {
  const registration = recordSchema('report-registration') as { properties: Record<string, { enum?: string[] }>; $defs: Record<string, { properties: Record<string, { enum?: string[] }> }> };
  return {
    region: registration.properties.region?.enum ?? [],
    gravity: registration.properties.gravity?.enum ?? [],
    sex: registration.$defs.suspect?.properties.sex?.enum ?? [],
    relationship: registration.$defs.victim?.properties.relationshipToSuspect?.enum ?? [],
    age: ageBands,
    child: ['false', 'true'],
    iccs: ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11'],
  };
})();
