import { protectTable } from './protect-table';
import type { ProtectSeriesInput, ProtectedSeries } from './table-types';

/** Protects a one-dimensional breakdown and its total: a table of one dimension, one line. */
export function protectSeries({ dimension, cells, threshold, categories }: ProtectSeriesInput): ProtectedSeries {
  const table = protectTable({ dimensions: [dimension], cells, threshold, categories: categories && { [dimension]: categories } });
  return { dimension, cells: table.cells, total: table.totals[0] };
}
