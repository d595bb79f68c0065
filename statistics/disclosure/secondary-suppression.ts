import { determinedCells } from './line-equations';
import { lineFault, type PublishedValue } from './line-rules';
import type { Hypercube } from './hypercube';
import type { Suppression } from './table-types';

/**
 * Secondary (complementary) suppression, in place on `status`: withholds further cells until no
 * line has a fault (see `lineFault`) and the line equations together fix no withheld cell, then
 * publishes again every complement that turns out not to be needed.
 *
 * A complement is the unpublished-yet cell of the offending line with the smallest count (least
 * information lost), ties to the first in key order. Zeros are never complements: a zero is shown
 * as a true zero, and since every withheld count is then at least 1 a line with one withheld entry
 * always has a non-zero cell left to withhold (its total, when nothing else is).
 */
export function suppressSecondary(cube: Hypercube, counts: readonly number[], status: (Suppression | null)[], threshold: number): void {
  const value: PublishedValue = (cell) => (status[cell] === null ? counts[cell] : null);
  const cheapest = (cells: Iterable<number>) => {
    let best = -1;
    for (const cell of cells) {
      if (status[cell] !== null || counts[cell] === 0) continue;
      if (best < 0 || counts[cell] < counts[best] || (counts[cell] === counts[best] && cell < best)) best = cell;
    }
    if (best < 0) throw new Error('no cell left to withhold: the suppression invariants are broken');
    return best;
  };
  const cellsOfLines = (lineIds: readonly number[]) => lineIds.flatMap((l) => [...cube.lines[l].members, cube.lines[l].total]);
  const allCells = () => cube.keys.keys();

  for (;;) {
    // A complement in one line can leave another with one withheld entry: sweep until a sweep changes nothing.
    for (let changed = true; changed; ) {
      changed = false;
      for (const line of cube.lines) {
        while (lineFault(line, value, threshold) !== null) {
          status[cheapest([...line.members, line.total])] = 'secondary';
          changed = true;
        }
      }
    }
    const fixed = [...determinedCells(cube.lines, value).keys()];
    if (fixed.length === 0) break;
    const first = Math.min(...fixed);
    const near = cellsOfLines(cube.linesOf[first]).filter((cell) => status[cell] === null && counts[cell] > 0);
    status[cheapest(near.length > 0 ? near : allCells())] = 'secondary';
  }

  // The greedy sweep over-suppresses along cascades; give back what is not needed, largest first.
  const complements = [...allCells()].filter((cell) => status[cell] === 'secondary');
  complements.sort((a, b) => counts[b] - counts[a] || a - b);
  for (const cell of complements) {
    status[cell] = null;
    const safe =
      cube.linesOf[cell].every((l) => lineFault(cube.lines[l], value, threshold) === null) &&
      determinedCells(cube.lines, value).size === 0;
    if (!safe) status[cell] = 'secondary';
  }
}
