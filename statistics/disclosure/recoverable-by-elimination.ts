import { determinedCells } from './line-equations';
import { publishedCube } from './published-cube';
import type { ProtectedSeries, ProtectedTable, RecoveredCell } from './table-types';

/**
 * The withheld cells that all line equations solved together fix exactly, in key order: a
 * superset of what `recoverable` finds line by line.
 */
export function recoverableByElimination(table: ProtectedTable | ProtectedSeries): RecoveredCell[] {
  const { cube, values } = publishedCube(table);
  const fixed = determinedCells(cube.lines, (cell) => values[cell]);
  return [...fixed].sort(([a], [b]) => a - b).map(([cell, count]) => ({ key: cube.keys[cell], count }));
}
