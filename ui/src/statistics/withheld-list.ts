import type { Crosstab } from './crosstab';

/** The inner cells the chart leaves out as withheld, named "row · column" by `label`. */
export function withheldBars(table: Crosstab, label: (row: string | undefined, column: string | undefined) => string): string[] {
  const rows: (string | undefined)[] = table.rowDimension ? table.rows : [undefined];
  const columns: (string | undefined)[] = table.columnDimension ? table.columns : [undefined];
  return rows.flatMap((r) => columns.filter((c) => table.cell(r, c)?.withheld === true).map((c) => label(r, c)));
}
