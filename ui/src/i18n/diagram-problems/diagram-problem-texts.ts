import type { ElementTypeCode, TriggerCode } from '../../../../bpmn/describe-element';
import type { FeelProblem } from '../../../../bpmn/feel-expression';
import type { DiagramProblemCode } from '../../../../bpmn/problem-codes';
import type { RefusalHint } from '../../../../bpmn/refusal-message';
import type { Lang } from '../lang';
import { en } from './en';
import { ky } from './ky';
import { ru } from './ru';

/**
 * A text with `{param}` placeholders, or several tried in turn: the first whose params the problem
 * all has (a problem of the compiler names the element's kind, the same problem from a lint rule not).
 */
export type DiagramProblemTemplate = string | readonly string[];

/**
 * What the UI says about a diagram in one language: a text for every code the reader, the compiler,
 * the lint rules and the deployment check give (bpmn/problem-codes.ts), and words for the codes
 * those params carry. Typed by the server's own codes, so a code without a text fails `tsc -p ui`.
 */
export interface DiagramProblemTexts {
  problems: Record<DiagramProblemCode, DiagramProblemTemplate>;
  /** An element's kind (`{kind}`) from its type and, when it has one, its trigger. */
  kind: { plain: string; triggered: string };
  /** BPMN element types (a problem's `type`); another type is shown as written. */
  types: Record<ElementTypeCode, string>;
  /** Triggers (a problem's `trigger`) as they go with a type in `kind.triggered`; `other` for any other event definition. */
  triggers: Record<Exclude<TriggerCode, 'none'>, string> & { other: string };
  /** What to draw instead of an element the engine cannot run (a problem's `hint`). */
  hints: Record<RefusalHint, string>;
  /** Why a FEEL expression does not parse (a `feel-syntax` problem's `reason`). */
  feel: Record<FeelProblem['reason'], DiagramProblemTemplate>;
}

/** The diagram problem texts of every UI language. */
export const diagramProblemTexts: Record<Lang, DiagramProblemTexts> = { ru, ky, en };
