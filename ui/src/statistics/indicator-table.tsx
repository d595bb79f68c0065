import type { IndicatorAnswer, StatisticsDimension } from '../api/api-types';
import { useI18n } from '../i18n/use-i18n';
import { dimensionName, TOTAL } from './category-label';
import { CellValue } from './cell-value';
import type { Crosstab } from './crosstab';

/**
 * The answer as a table: rows the first breakdown, columns the second, the margins as a totals
 * row and column ("Итого"); with one breakdown, one column of values; with none, the total alone.
 */
export function IndicatorTable({ answer, table, label, caption }: {
  answer: IndicatorAnswer;
  table: Crosstab;
  /** A category by name, as the chart names it. */
  label: (dimension: StatisticsDimension, value: string) => string;
  caption: string;
}) {
  const { t, lang } = useI18n();
  const { rowDimension: rowDim, columnDimension: colDim } = table;
  const rows = rowDim ? [...table.rows, TOTAL] : [undefined];
  const columns = colDim ? [...table.columns, TOTAL] : [undefined];
  const corner = rowDim && (colDim ? `${dimensionName(rowDim, lang)} \\ ${dimensionName(colDim, lang)}` : dimensionName(rowDim, lang));
  const totalClass = (category: string | undefined) => (category === TOTAL ? 'num stats-total' : 'num');
  return (
    <table className="data-table stats-table" data-testid="stats-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {corner && <th scope="col">{corner}</th>}
          {columns.map((c) => (
            <th key={c ?? ''} scope="col" className={totalClass(c)}>{colDim && c !== undefined ? label(colDim, c) : t('stats.valueColumn')}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r ?? ''} className={r === TOTAL ? 'stats-total-row' : undefined}>
            {rowDim && r !== undefined && <th scope="row">{label(rowDim, r)}</th>}
            {columns.map((c) => (
              <td key={c ?? ''} className={totalClass(c)}>
                <CellValue cell={table.cell(r, c)} unit={answer.indicator.unit} threshold={answer.threshold} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
