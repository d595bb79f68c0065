import { buildHypercube, type Hypercube } from './hypercube';
import { TOTAL, type ProtectTableInput } from './table-types';

/** The hypercube of a GROUP BY and the count of every cell in it, margins summed here. */
export interface CountCube {
  readonly cube: Hypercube;
  readonly counts: readonly number[];
}

const MAX_DIMENSIONS = 3;

/**
 * Checks the GROUP BY rows and sums them into every margin. Bad input is a programming error of
 * the caller (the rows come from SQL, not from a user), so it throws a RangeError.
 */
export function countCube({ dimensions, cells, threshold, categories }: ProtectTableInput): CountCube {
  if (!Number.isInteger(threshold) || threshold < 1) throw new RangeError(`threshold must be a positive integer, not ${threshold}`);
  if (dimensions.length < 1 || dimensions.length > MAX_DIMENSIONS) {
    throw new RangeError(`a table has 1 to ${MAX_DIMENSIONS} dimensions, not ${dimensions.length}`);
  }
  if (new Set(dimensions).size !== dimensions.length) throw new RangeError(`a dimension is named twice in ${dimensions.join(', ')}`);

  const cube = buildHypercube(dimensions, dimensions.map((dim) => categoriesOf(dim, cells, categories?.[dim])));
  const counts = new Array<number>(cube.size).fill(0);
  const seen = new Set<number>();
  for (const { key, count } of cells) {
    if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a non-negative integer, not ${count}`);
    const extra = Object.keys(key).filter((k) => !dimensions.includes(k));
    if (extra.length > 0) throw new RangeError(`key ${JSON.stringify(key)} has a field that is no dimension: ${extra.join(', ')}`);
    const cell = cube.indexOf(key);
    if (cell < 0 || !cube.isInner(cell)) throw new RangeError(`key ${JSON.stringify(key)} lacks a category of some dimension`);
    if (seen.has(cell)) throw new RangeError(`key ${JSON.stringify(key)} comes twice; a GROUP BY yields each key once`);
    seen.add(cell);
    // Each inner cell adds to itself and to the 2^D - 1 margins that sum over some of its dimensions.
    for (const margin of generalisations(cube, cell)) counts[margin] += count;
  }
  return { cube, counts };
}

function categoriesOf(dim: string, cells: ProtectTableInput['cells'], given: readonly string[] | undefined): string[] {
  const present = new Set(cells.map((c) => c.key[dim]));
  for (const value of present) {
    if (typeof value !== 'string' || value === '' || value === TOTAL) {
      throw new RangeError(`${dim} must be a non-empty category other than '${TOTAL}', not ${JSON.stringify(value)}`);
    }
  }
  if (!given) return [...present].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (new Set(given).size !== given.length || given.includes(TOTAL)) throw new RangeError(`the categories of ${dim} repeat or hold '${TOTAL}'`);
  const missing = [...present].filter((value) => !given.includes(value));
  if (missing.length > 0) throw new RangeError(`${dim} has categories outside those given: ${missing.join(', ')}`);
  return [...given];
}

function generalisations(cube: Hypercube, cell: number): number[] {
  const key = cube.keys[cell];
  return Array.from({ length: 2 ** cube.dimensions.length }, (_, mask) =>
    cube.indexOf(Object.fromEntries(cube.dimensions.map((dim, d) => [dim, mask & (1 << d) ? TOTAL : key[dim]]))),
  );
}
