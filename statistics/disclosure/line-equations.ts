import type { Line } from './hypercube';
import type { PublishedValue } from './line-rules';

const EPSILON = 1e-9;

/**
 * The withheld cells that the line equations, taken all together, fix to one value, with that value.
 * Each line says sum(members) - total = 0; the published entries move to the right-hand side and
 * Gauss-Jordan elimination brings the system to reduced row echelon form. A withheld cell is fixed
 * exactly when its row there holds it alone (its unit vector lies in the row space). This finds what
 * line-by-line substitution misses: two blocks of withheld cells joined by one cell fix that cell
 * although every line holds two or more withheld entries.
 */
export function determinedCells(lines: readonly Line[], value: PublishedValue): Map<number, number> {
  const unknowns = new Map<number, number>();
  const involved = lines.filter((line) => {
    let any = false;
    for (const cell of [...line.members, line.total]) {
      if (value(cell) !== null) continue;
      any = true;
      if (!unknowns.has(cell)) unknowns.set(cell, unknowns.size);
    }
    return any;
  });
  const n = unknowns.size;
  const rows = involved.map((line) => {
    const row = new Float64Array(n + 1);
    const add = (cell: number, sign: number) => {
      const v = value(cell);
      if (v === null) row[unknowns.get(cell)!] += sign;
      else row[n] -= sign * v;
    };
    for (const member of line.members) add(member, 1);
    add(line.total, -1);
    return row;
  });

  const pivots: number[] = [];
  for (let col = 0; col < n && pivots.length < rows.length; col++) {
    const rank = pivots.length;
    let best = -1;
    for (let r = rank, largest = EPSILON; r < rows.length; r++) {
      if (Math.abs(rows[r][col]) > largest) [best, largest] = [r, Math.abs(rows[r][col])];
    }
    if (best < 0) continue;
    [rows[rank], rows[best]] = [rows[best], rows[rank]];
    const pivot = rows[rank];
    const scale = pivot[col];
    for (let j = col; j <= n; j++) pivot[j] /= scale;
    for (let r = 0; r < rows.length; r++) {
      const factor = rows[r][col];
      if (r === rank || Math.abs(factor) <= EPSILON) continue;
      for (let j = col; j <= n; j++) rows[r][j] -= factor * pivot[j];
    }
    pivots.push(col);
  }

  const cellOf = [...unknowns.keys()];
  const fixed = new Map<number, number>();
  pivots.forEach((col, r) => {
    for (let j = col + 1; j < n; j++) if (Math.abs(rows[r][j]) > EPSILON) return;
    fixed.set(cellOf[col], Math.round(rows[r][n]));
  });
  return fixed;
}
