/**
 * # Small-count suppression (statistical disclosure control)
 *
 * Issue 10 item 4: counts below a configured threshold (5 by default) never leave the system, and
 * no total or margin lets a withheld count be worked out. No maintained JS library does this, so it
 * is written here, pure (no I/O) and tested in `test/statistics/disclosure.test.ts`.
 *
 * ## The table
 * `protectTable({ dimensions, cells, threshold, categories? })` takes the rows of a GROUP BY over
 * one to three dimensions (say region x sex x ageBand). A combination absent from the rows counts
 * zero. The categories of a dimension are those present, sorted, unless `categories` lists them
 * (then in that order, so a region with no records shows its zeros). The module sums every margin
 * itself: for each non-empty set of dimensions, the subtotal over them for every combination of
 * the others, up to the grand total. A margin's key holds every dimension, the summed ones as
 * `TOTAL` ('*'), so inner cells and margins share one shape and sort together: categories in their
 * order, '*' after them, the first dimension first. Every cell comes back as
 * `{ key, count, suppressed }`: `count` is `null` when withheld (marked, never zeroed) and
 * `suppressed` says why, `'primary'` or `'secondary'`. The reason is for the system; an answer to
 * an analyst should say only that a count is withheld, since "primary" tells that it is 1 to 4.
 *
 * ## The equations a reader can use
 * Along each dimension, with the other dimensions fixed to a category or to '*', the members add
 * up to the margin: a line. In an r x c table with its margins the lines are each row with its
 * row total, each column with its column total, the column totals with the grand total and the
 * row totals with the grand total. A margin is a member of the lines across it.
 *
 * ## The rules
 * 1. Primary: a count with 0 < count < threshold is withheld, an inner cell or a margin alike.
 * 2. Zeros are shown. In crime statistics a zero is a finding ("no child held past 24 hours"), and
 *    a zero beside a withheld cell reveals nothing more: with a row [0, 3 | 3] the 3 and the row
 *    total 3 are both withheld (the total is below the threshold itself), and the equation left,
 *    x = T, has two unknowns. Zeros are never used as complements either: a hidden zero protects
 *    only while readers cannot tell it from an impossible combination, and "zeros are shown" is a
 *    rule a reader can rely on. It follows that every withheld count is at least 1 (rule 3).
 * 3. Secondary, per line (`line-rules.ts`): no line has exactly one withheld entry; and where a
 *    line's total is published, the withheld members add up to at least the threshold and to more
 *    than there are of them. Without the second rule a row [1, 1, 30, 40 | 72] with both 1s
 *    withheld passes the first rule, yet the reader computes 2 for the pair and, each being at
 *    least 1, both exactly.
 * 4. Secondary, across lines (`line-equations.ts`): the line equations solved together fix no
 *    withheld cell. Rule 3 alone misses two blocks of withheld cells joined by one cell: every line
 *    holds two withheld entries, yet adding and subtracting whole rows and columns isolates the
 *    joining cell.
 * 5. Complements: the offending line's published cell with the smallest non-zero count (least
 *    information lost), ties to the first in key order; a line can need more than one. One
 *    complement can leave another line with a single withheld entry, so the lines are swept again
 *    until a sweep changes nothing, and the equations are checked after each stable sweep. Then
 *    each complement, largest first, is published again if the table stays protected without it,
 *    which undoes the over-suppression of long cascades.
 *
 * What this does not do: it guards against exact recomputation, not against narrowing a withheld
 * count to an interval by linear programming over the non-negative integers (tau-ARGUS's
 * protection intervals), nor against a reader who links two tables cut differently from the same
 * facts; publish each indicator in one fixed set of breakdowns.
 *
 * ## Also here
 * - `protectSeries` for a one-dimensional breakdown with its total.
 * - `assertProtected(table, threshold)`: throws an `UnprotectedTableError` unless rules 1, 3 and 4
 *   hold, the last guard before an answer leaves the API.
 * - `recoverable(table)`: what a reader recomputes line by line from the published table;
 *   `recoverableByElimination(table)`: what all equations solved together fix.
 */
export { TOTAL } from './table-types';
export type {
  CellKey,
  CountCell,
  ProtectSeriesInput,
  ProtectTableInput,
  ProtectedSeries,
  ProtectedTable,
  PublishedCell,
  RecoveredCell,
  Suppression,
} from './table-types';
export { protectTable } from './protect-table';
export { protectSeries } from './protect-series';
export { assertProtected } from './assert-protected';
export { UnprotectedTableError } from './unprotected-table-error';
export { recoverable } from './recoverable';
export { recoverableByElimination } from './recoverable-by-elimination';
