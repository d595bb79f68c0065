import { diagramProblem, type DiagramProblemCode, type ParamsOf } from './problem-codes';
import type { DiagramProblem } from './procedure-model';

/** Collects the errors and warnings of one compilation, each naming an element, with its code and params. */
export class ProblemLog {
  readonly errors: DiagramProblem[] = [];
  readonly warnings: DiagramProblem[] = [];

  error<C extends DiagramProblemCode>(elementId: string, code: C, message: string, params: ParamsOf<C>): void {
    this.errors.push(diagramProblem(elementId, code, message, params));
  }

  warning<C extends DiagramProblemCode>(elementId: string, code: C, message: string, params: ParamsOf<C>): void {
    this.warnings.push(diagramProblem(elementId, code, message, params));
  }
}
