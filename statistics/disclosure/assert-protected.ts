import { determinedCells } from './line-equations';
import { lineFault } from './line-rules';
import { isBelowThreshold } from './primary-suppression';
import { publishedCube } from './published-cube';
import type { ProtectedSeries, ProtectedTable } from './table-types';
import { UnprotectedTableError } from './unprotected-table-error';

/**
 * The last guard before a table leaves the system: throws an UnprotectedTableError naming every
 * published count in (0, threshold), every line with a fault (one withheld entry, or withheld
 * members whose sum is small) and every withheld cell the line equations fix exactly.
 */
export function assertProtected(table: ProtectedTable | ProtectedSeries, threshold: number): void {
  const { cube, values } = publishedCube(table);
  const at = (cell: number) => JSON.stringify(cube.keys[cell]);
  const violations: string[] = [];
  values.forEach((v, cell) => {
    if (v !== null && isBelowThreshold(v, threshold)) violations.push(`${at(cell)} publishes ${v}, below the threshold ${threshold}`);
  });
  for (const line of cube.lines) {
    const fault = lineFault(line, (cell) => values[cell], threshold);
    if (fault) violations.push(`the line along ${cube.dimensions[line.along]} to ${at(line.total)}: ${fault}`);
  }
  for (const cell of determinedCells(cube.lines, (c) => values[c]).keys()) {
    violations.push(`${at(cell)} is withheld but fixed by the line equations`);
  }
  if (violations.length > 0) throw new UnprotectedTableError(violations);
}
