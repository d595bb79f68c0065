import type { DiagramProblem } from './procedure-model';

/** Collects the errors and warnings of one compilation, each naming an element. */
export class ProblemLog {
  readonly errors: DiagramProblem[] = [];
  readonly warnings: DiagramProblem[] = [];

  error(elementId: string, rule: string, message: string): void {
    this.errors.push({ elementId, message, rule });
  }

  warning(elementId: string, rule: string, message: string): void {
    this.warnings.push({ elementId, message, rule });
  }
}
