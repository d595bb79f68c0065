import type { StatisticsDimension } from '../api/api-types';
import { REGIONS } from '../org/regions';

// The categories in the order people read them (the schemas' enums), not the codes' alphabet, in which "under-14" comes last.
const ORDER: Partial<Record<StatisticsDimension, readonly string[]>> = {
  region: REGIONS,
  gravity: ['small', 'less-grave', 'grave', 'especially-grave'],
  sex: ['female', 'male'],
  age: ['under-14', '14-15', '16-17', '18-24', '25-29', '30-39', '40-49', '50-59', '60-plus'],
  child: ['true', 'false'],
  relationship: ['intimate-partner', 'family-member', 'acquaintance', 'stranger'],
};

/** Sorts a breakdown's categories for display: the known order of the dimension, the rest by code, `unknown` last. */
export function sortCategories(dimension: StatisticsDimension, categories: readonly string[]): string[] {
  const order = ORDER[dimension] ?? [];
  const rank = (c: string) => (c === 'unknown' ? Number.MAX_SAFE_INTEGER : order.includes(c) ? order.indexOf(c) : order.length);
  return [...categories].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
