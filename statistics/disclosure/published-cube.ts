import { buildHypercube, type Hypercube } from './hypercube';
import { TOTAL, type ProtectedSeries, type ProtectedTable } from './table-types';

/** A published table as its hypercube and the published value of each cell (`null` if withheld). */
export interface PublishedCube {
  readonly cube: Hypercube;
  readonly values: readonly (number | null)[];
}

/**
 * Rebuilds the equations of a published table from its keys alone, as a reader would: the
 * categories are those of the inner cells. Throws a RangeError when a cell is missing, repeated,
 * or withheld without a reason.
 */
export function publishedCube(table: ProtectedTable | ProtectedSeries): PublishedCube {
  const [dimensions, published] =
    'dimension' in table ? [[table.dimension], [...table.cells, table.total]] : [table.dimensions, [...table.cells, ...table.totals]];
  const categories = dimensions.map((dim) => [
    ...new Set(published.map((c) => c.key[dim]).filter((value) => value !== TOTAL)),
  ]);
  const cube = buildHypercube(dimensions, categories);
  const values = new Array<number | null | undefined>(cube.size).fill(undefined);
  for (const { key, count, suppressed } of published) {
    const cell = cube.indexOf(key);
    if (cell < 0) throw new RangeError(`key ${JSON.stringify(key)} does not fit the dimensions ${dimensions.join(', ')}`);
    if (values[cell] !== undefined) throw new RangeError(`key ${JSON.stringify(key)} comes twice`);
    if ((count === null) !== (suppressed !== null)) throw new RangeError(`key ${JSON.stringify(key)}: a count is null exactly when it is suppressed`);
    values[cell] = count;
  }
  const missing = values.findIndex((v) => v === undefined);
  if (missing >= 0) throw new RangeError(`the table lacks the cell ${JSON.stringify(cube.keys[missing])}`);
  return { cube, values: values as (number | null)[] };
}
