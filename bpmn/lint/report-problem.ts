import type { Reporter } from 'bpmnlint/lib/types';
import { codedParams, type DiagramProblemCode, type ParamsOf } from '../problem-codes';

/**
 * Reports a lint problem on `id` with its English message and, in the report's context (which
 * bpmnlint copies into the report), the params of its code; the code's rule is the reporting rule.
 */
export function reportProblem<C extends DiagramProblemCode>(reporter: Reporter, id: string, code: C, message: string, params: ParamsOf<C>): void {
  reporter.report(id, message, { params: codedParams(code, params).params });
}
