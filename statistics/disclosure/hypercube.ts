import { TOTAL, type CellKey } from './table-types';

/**
 * One equation of the table: along one dimension, with the others fixed (to a category or to
 * `TOTAL`), the members add up to the line's total.
 */
export interface Line {
  /** The dimension the line runs along (its position in `dimensions`). */
  readonly along: number;
  readonly members: readonly number[];
  readonly total: number;
}

/**
 * The table with all its margins as one array of cells. Along each dimension a cell's coordinate
 * is a category's position, or one past the last category for `TOTAL`; cells are numbered in
 * mixed radix with the first dimension most significant, so the numbering is the key order
 * (categories in their order, `TOTAL` after them) and serves as the tie-break.
 */
export interface Hypercube {
  readonly dimensions: readonly string[];
  readonly categories: readonly (readonly string[])[];
  readonly size: number;
  readonly keys: readonly CellKey[];
  readonly lines: readonly Line[];
  /** The lines each cell stands in: one per dimension, as a member or as the total. */
  readonly linesOf: readonly (readonly number[])[];
  readonly isInner: (cell: number) => boolean;
  /** The cell of a key, or -1 when the table has no such key. */
  readonly indexOf: (key: CellKey) => number;
}

export function buildHypercube(dimensions: readonly string[], categories: readonly (readonly string[])[]): Hypercube {
  const radix = categories.map((c) => c.length + 1);
  const stride = radix.map((_, d) => radix.slice(d + 1).reduce((a, b) => a * b, 1));
  const size = radix.reduce((a, b) => a * b, 1);
  const coordinate = (cell: number, d: number) => Math.floor(cell / stride[d]) % radix[d];
  const positions = categories.map((c) => new Map(c.map((value, i) => [value, i])));

  const keys = Array.from({ length: size }, (_, cell) =>
    Object.freeze(Object.fromEntries(dimensions.map((dim, d) => [dim, categories[d][coordinate(cell, d)] ?? TOTAL]))),
  );
  const lines: Line[] = [];
  const linesOf: number[][] = Array.from({ length: size }, () => []);
  dimensions.forEach((_, d) => {
    for (let start = 0; start < size; start++) {
      if (coordinate(start, d) !== 0) continue;
      const members = categories[d].map((_c, i) => start + i * stride[d]);
      const line = { along: d, members, total: start + categories[d].length * stride[d] };
      for (const cell of [...members, line.total]) linesOf[cell].push(lines.length);
      lines.push(line);
    }
  });

  return {
    dimensions,
    categories,
    size,
    keys,
    lines,
    linesOf,
    isInner: (cell) => categories.every((c, d) => coordinate(cell, d) < c.length),
    indexOf: (key) => {
      let cell = 0;
      for (let d = 0; d < dimensions.length; d++) {
        const value = key[dimensions[d]];
        const at = value === TOTAL ? categories[d].length : positions[d].get(value);
        if (at === undefined) return -1;
        cell += at * stride[d];
      }
      return cell;
    },
  };
}
