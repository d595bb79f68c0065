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
  const names = namesRead(expression);
  if (names === null || !Object.keys(vars).every((k) => PLAIN_NAME.test(k))) return feelin(expression, vars);
  // The variables it reads, and no more: what feelin copies, and what its value depends on.
  const read: Record<string, unknown> = {};
  for (const n of names) if (Object.prototype.hasOwnProperty.call(vars, n)) read[n] = vars[n];
  const readJson = plainJson(read);
  if (readJson === NOT_PLAIN || readJson.length > MEMO_KEY_MAX) return feelin(expression, read);
  const key = `${expression}\u0000${readJson}`;
  const known = memo.get(key);
  if (known !== undefined) return known.json === undefined ? known.value : JSON.parse(known.json);
  const value = feelin(expression, read);
  const json = plainJson(value);
  if (json !== NOT_PLAIN) {
    if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value as string);
    memo.set(key, typeof value === 'object' && value !== null ? { value: null, json: json as string } : { value, json: undefined });
  }
  return value;
}

function feelin(expression: string, vars: Record<string, unknown>): unknown {
  try {
    return evaluate(expression, vars as Record<string, never>).value;
  } catch (e) {
    throw new Error(`FEEL expression "${expression}" failed: ${(e as Error).message}`);
  }
}

/**
 * The values of the last expressions evaluated, by expression and the variables it read: after an
 * act the engine re-evaluates the term and extensions of every running limit, most of them over
 * the same variables as before. Pure (FEEL over the same values gives the same value; the clock's
 * functions are never memoised), so replay is unchanged; small (one per workflow, the module's).
 */
const memo = new Map<string, { value: unknown; json: string | undefined }>();
const MEMO_SIZE = 32;
const MEMO_KEY_MAX = 4096;

const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** What an expression may hold for its names to be found by reading it: no quoted names, no clock. */
const READABLE = /^[A-Za-z0-9_\s.,:[\](){}+\-*/<>=!]*$/;
const namesCache = new Map<string, string[] | null>();

/**
 * The names an expression reads from its context: each name not after a dot, string literals left
 * out. Null when that cannot be told by reading (a character FEEL names may hold, a backquoted
 * name) or when the value depends on the clock (now(), today()).
 */
export function namesRead(expression: string): string[] | null {
  const cached = namesCache.get(expression);
  if (cached !== undefined) return cached;
  const bare = expression.replace(/"(?:[^"\\]|\\.)*"/g, '""');
  let names: string[] | null = null;
  if (!bare.includes('"') || /^(?:[^"]|"")*$/.test(bare)) {
    const text = bare.replace(/""/g, ' ');
    if (READABLE.test(text)) {
      const found = [...new Set(text.match(/(?<![A-Za-z0-9_.])[A-Za-z_][A-Za-z0-9_]*/g) ?? [])];
      names = found.includes('now') || found.includes('today') ? null : found;
    }
  }
  if (namesCache.size < 256) namesCache.set(expression, names);
  return names;
}

/** A value as JSON when it is plain data (null, finite numbers, strings, booleans, lists and contexts of them), else NOT_PLAIN. */
function plainJson(value: unknown): string | typeof NOT_PLAIN {
  const plain = (v: unknown): boolean => {
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
    if (typeof v === 'number') return Number.isFinite(v);
    if (Array.isArray(v)) return v.every(plain);
    if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) return Object.values(v as object).every(plain);
    return false;
  };
  return plain(value) ? JSON.stringify(value) : NOT_PLAIN;
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
