import { parseExpression } from 'feelin';

interface FeelNode {
  name: string;
  from: number;
  to: number;
  firstChild: FeelNode | null;
  nextSibling: FeelNode | null;
}

/**
 * The variables a FEEL expression reads from its context: the roots of its paths
 * (`measureDecision` of `measureDecision.outcome`), not the functions it calls, not the names a
 * `for`/`some`/`every` binds, not the item fields inside a filter (`attendance` in
 * `probationReports[attendance = "missed"]`). What a lint rule checks against the names a diagram provides.
 */
export function feelFreeNames(expression: string): string[] {
  const body = expression.trim().replace(/^=/, '');
  const names = new Set<string>();
  const bound = new Set<string>();
  const text = (n: FeelNode) => body.slice(n.from, n.to);
  const children = (n: FeelNode): FeelNode[] => {
    const out: FeelNode[] = [];
    for (let c = n.firstChild; c; c = c.nextSibling) out.push(c);
    return out;
  };
  const walk = (n: FeelNode): void => {
    const [first, ...rest] = children(n);
    switch (n.name) {
      case 'VariableName':
        names.add(text(n));
        return;
      case 'FunctionInvocation':
        rest.forEach(walk); // the callee is a function, not a variable
        return;
      case 'FilterExpression':
      case 'PathExpression':
        if (first) walk(first); // a filter's condition reads the item's fields; a path's tail is a field
        return;
      case 'InExpression':
        if (first) bound.add(text(first));
        rest.forEach(walk);
        return;
      default:
        children(n).forEach(walk);
    }
  };
  walk(parseExpression(body, {}, undefined).topNode as unknown as FeelNode);
  return [...names].filter((n) => !bound.has(n));
}
