import { countCube } from './count-cube';
import { isBelowThreshold } from './primary-suppression';
import { suppressSecondary } from './secondary-suppression';
import type { ProtectTableInput, ProtectedTable, PublishedCell, Suppression } from './table-types';

/**
 * Protects a GROUP BY of up to three dimensions: sums every margin, withholds the counts below the
 * threshold (primary) and then the complements that stop a reader from recomputing them
 * (secondary). Deterministic: the same counts give the same table whatever the order of the rows.
 */
export function protectTable(input: ProtectTableInput): ProtectedTable {
  const { cube, counts } = countCube(input);
  const status: (Suppression | null)[] = counts.map((count) => (isBelowThreshold(count, input.threshold) ? 'primary' : null));
  suppressSecondary(cube, counts, status, input.threshold);
  const published: PublishedCell[] = cube.keys.map((key, cell) => ({
    key,
    count: status[cell] === null ? counts[cell] : null,
    suppressed: status[cell],
  }));
  return {
    dimensions: [...input.dimensions],
    cells: published.filter((_, cell) => cube.isInner(cell)),
    totals: published.filter((_, cell) => !cube.isInner(cell)),
  };
}
