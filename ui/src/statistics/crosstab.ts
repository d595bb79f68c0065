import type { IndicatorCell, StatisticsDimension } from '../api/api-types';
import { TOTAL } from './category-label';
import { sortCategories } from './category-order';

/**
 * An answer laid out as a table: rows the first breakdown's categories, columns the second's, the
 * margins (`*`) last in each; with one breakdown a single column, with none a single cell.
 */
export interface Crosstab {
  rowDimension?: StatisticsDimension;
  columnDimension?: StatisticsDimension;
  /** Inner categories, in display order (no total). */
  rows: string[];
  columns: string[];
  /** The published cell at a row and a column (`*` for a total, undefined when a breakdown is absent). */
  cell(row: string | undefined, column: string | undefined): IndicatorCell | undefined;
}

/** The crosstab of an answer's cells for its breakdowns (the first two). */
export function crosstabOf(cells: readonly IndicatorCell[], by: readonly StatisticsDimension[]): Crosstab {
  const [rowDimension, columnDimension] = by;
  const dims = [rowDimension, columnDimension].filter((d): d is StatisticsDimension => d !== undefined);
  const keyOf = (values: (string | undefined)[]) => JSON.stringify(values.slice(0, dims.length));
  // a third breakdown (the API allows one) would repeat rows: its margin alone is kept
  const shown = cells.filter((c) => by.slice(2).every((d) => c.key[d] === TOTAL));
  const index = new Map(shown.map((c) => [keyOf(dims.map((d) => c.key[d])), c]));
  const categories = (d: StatisticsDimension | undefined) =>
    d ? sortCategories(d, [...new Set(shown.map((c) => c.key[d]).filter((v): v is string => v !== undefined && v !== TOTAL))]) : [];
  return {
    rowDimension, columnDimension,
    rows: categories(rowDimension),
    columns: categories(columnDimension),
    cell: (row, column) => index.get(keyOf([row, column])),
  };
}
