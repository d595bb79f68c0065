import type { DiagramProblem } from '../procedure-model';

/** A lint finding: a DiagramProblem with its severity (the contract's DiagramProblem has none). */
export interface LintProblem extends DiagramProblem {
  severity: 'error' | 'warning';
}
