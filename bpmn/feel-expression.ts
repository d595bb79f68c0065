import { parseExpression } from 'feelin';

/**
 * The FEEL text of an expression as modelers write it: trimmed, without the leading `=` that
 * Camunda 8 and its element templates put before expressions.
 */
export function feelText(raw: string): string {
  const text = raw.trim();
  return text.startsWith('=') ? text.slice(1).trim() : text;
}

/** Why a FEEL expression does not parse, in plain words; null when it parses. */
export function feelSyntaxError(expression: string): string | null {
  if (expression.trim() === '') return 'it is empty';
  if (/^[$#]\{/.test(expression.trim())) {
    return 'it is written in the Java expression language (${...}) of Camunda 7, not in FEEL; write it as FEEL, e.g. outcome = "custody"';
  }
  let at = -1;
  try {
    parseExpression(expression, {}, undefined).iterate({
      enter(node) {
        if (at < 0 && node.type.isError) at = node.from;
      },
    });
  } catch (e) {
    return `it is not valid FEEL (${(e as Error).message})`;
  }
  if (at < 0) return null;
  const near = expression.slice(Math.max(0, at - 10), at + 10).trim();
  return `it is not valid FEEL: the expression breaks off at character ${at + 1}${near ? ` (near "${near}")` : ''}`;
}
