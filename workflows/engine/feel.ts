import { evaluate } from 'feelin';

/** A FEEL path of plain names (`gravity`, `person.detainedAt`): most expressions of a diagram. */
const PLAIN_PATH = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/** Names FEEL reads as keywords or literals, never as a variable of the case. */
const RESERVED = new Set([
  'true', 'false', 'null', 'not', 'and', 'or', 'for', 'in', 'return', 'if', 'then', 'else', 'some', 'every',
  'satisfies', 'between', 'instance', 'of', 'function', 'external',
]);

/**
 * Evaluates a FEEL expression over case variables; a FEEL error becomes an Error naming the expression.
 * A plain path to a scalar is read directly; everything else is feelin's. feelin parses the
 * expression and deep-copies the context on every call, and the engine evaluates a limit's anchor,
 * child and gravity paths for every running limit after every act, so the direct read is what keeps
 * a step cheap (test/workflows/feel-paths.test.ts: the two agree).
 */
export function evalFeel(expression: string, vars: Record<string, unknown>): unknown {
  const direct = plainPathScalar(expression, vars);
  if (direct !== NOT_PLAIN) return direct;
  try {
    return evaluate(expression, vars as Record<string, never>).value;
  } catch (e) {
    throw new Error(`FEEL expression "${expression}" failed: ${(e as Error).message}`);
  }
}

export const NOT_PLAIN = Symbol('not a plain path');

/**
 * The value of a plain path through plain objects when it is a string, number, boolean or absent
 * (FEEL null); NOT_PLAIN for anything FEEL treats otherwise (a list mapped by the path, a context
 * copied, a name that is not a variable, a keyword).
 */
export function plainPathScalar(expression: string, vars: Record<string, unknown>): unknown {
  const path = expression.trim();
  if (!PLAIN_PATH.test(path)) return NOT_PLAIN;
  const names = path.split('.');
  if (names.some((n) => RESERVED.has(n))) return NOT_PLAIN;
  // A first name that is no variable may be a built-in function's name: feelin decides.
  if (!Object.prototype.hasOwnProperty.call(vars, names[0] as string)) return NOT_PLAIN;
  let value: unknown = vars;
  for (const name of names) {
    if (value === null || value === undefined) return null;
    if (typeof value !== 'object' || Array.isArray(value) || Object.getPrototypeOf(value) !== Object.prototype) return NOT_PLAIN;
    value = Object.prototype.hasOwnProperty.call(value, name) ? (value as Record<string, unknown>)[name] : undefined;
  }
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) return value;
  return NOT_PLAIN;
}
