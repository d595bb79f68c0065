import { publishedCube } from './published-cube';
import type { ProtectedSeries, ProtectedTable, RecoveredCell } from './table-types';

/**
 * The withheld cells a reader recomputes line by line: a cell that is the only unknown of some
 * line is its total minus the other members (or, as the total, their sum); what is recovered is
 * substituted and the lines are read again until nothing more comes out. In key order.
 */
export function recoverable(table: ProtectedTable | ProtectedSeries): RecoveredCell[] {
  const { cube, values } = publishedCube(table);
  const known = [...values];
  const recovered = new Set<number>();
  for (let progress = true; progress; ) {
    progress = false;
    for (const { members, total } of cube.lines) {
      const unknown = [...members, total].filter((cell) => known[cell] === null);
      if (unknown.length !== 1) continue;
      const [cell] = unknown;
      const membersSum = members.reduce((sum, m) => sum + (m === cell ? 0 : known[m]!), 0);
      known[cell] = cell === total ? membersSum : known[total]! - membersSum;
      recovered.add(cell);
      progress = true;
    }
  }
  return [...recovered].sort((a, b) => a - b).map((cell) => ({ key: cube.keys[cell], count: known[cell]! }));
}
