import { parseExpression } from 'feelin';

/**
 * The FEEL text of an expression as modelers write it: trimmed, without the leading `=` that
 * Camunda 8 and its element templates put before expressions.
 */
export function feelText(raw: string): string {
  const text = raw.trim();
  return text.startsWith('=') ? text.slice(1).trim() : text;
}

/**
 * Why a FEEL expression does not parse, as the params of a `feel-syntax` problem: `empty`;
 * `java-el` (Camunda 7's `${...}`); `invalid` (the parser failed with `error`); `breaks-off` at
 * character `at`, `near` some text.
 */
export type FeelProblem =
  | { reason: 'empty' | 'java-el' }
  | { reason: 'invalid'; error: string }
  | { reason: 'breaks-off'; at: number; near?: string };

/** Why a FEEL expression does not parse; null when it parses. */
export function feelProblem(expression: string): FeelProblem | null {
  if (expression.trim() === '') return { reason: 'empty' };
  if (/^[$#]\{/.test(expression.trim())) return { reason: 'java-el' };
  let at = -1;
  try {
    parseExpression(expression, {}, undefined).iterate({
      enter(node) {
        if (at < 0 && node.type.isError) at = node.from;
      },
    });
  } catch (e) {
    return { reason: 'invalid', error: (e as Error).message };
  }
  if (at < 0) return null;
  const near = expression.slice(Math.max(0, at - 10), at + 10).trim();
  return near ? { reason: 'breaks-off', at: at + 1, near } : { reason: 'breaks-off', at: at + 1 };
}

/** A FEEL problem in plain English words: "it is empty". */
export function feelProblemWords(problem: FeelProblem): string {
  switch (problem.reason) {
    case 'empty':
      return 'it is empty';
    case 'java-el':
      return 'it is written in the Java expression language (${...}) of Camunda 7, not in FEEL; write it as FEEL, e.g. outcome = "custody"';
    case 'invalid':
      return `it is not valid FEEL (${problem.error})`;
    case 'breaks-off':
      return `it is not valid FEEL: the expression breaks off at character ${problem.at}${problem.near ? ` (near "${problem.near}")` : ''}`;
  }
}
