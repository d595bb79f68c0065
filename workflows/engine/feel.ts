import { evaluate } from 'feelin';

/** Evaluates a FEEL expression over case variables; a FEEL error becomes an Error naming the expression. */
export function evalFeel(expression: string, vars: Record<string, unknown>): unknown {
  try {
    return evaluate(expression, vars as Record<string, never>).value;
  } catch (e) {
    throw new Error(`FEEL expression "${expression}" failed: ${(e as Error).message}`);
  }
}
