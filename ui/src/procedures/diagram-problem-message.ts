import { problemCode } from '../../../bpmn/problem-codes';
import type { Rulebook } from '../../../law/rulebook-types';
import type { DiagramProblem } from '../api/procedure-types';
import { diagramProblemTexts, type DiagramProblemTemplate, type DiagramProblemTexts } from '../i18n/diagram-problems/diagram-problem-texts';
import { interpolate, type MessageParams } from '../i18n/interpolate';
import type { Lang } from '../i18n/lang';
import { quoted } from '../i18n/quoted';
import { limitTitle } from '../limits/limit-title';

/**
 * What a lint or compile problem says, in the UI language: the text of its code (`rule`, or
 * `rule.variant`) filled from its params, an element's kind, the advice and the FEEL reason in
 * words, a rulebook limit by its title. The server's English `message` only for a code the UI does
 * not know, or a problem without the params its text needs (warnings stored before they had any).
 */
export function diagramProblemMessage(problem: Omit<DiagramProblem, 'params'> & { params?: unknown }, lang: Lang, rulebook?: Rulebook): string {
  const texts = diagramProblemTexts[lang];
  const params = diagramProblemParams(problem.params);
  const code = problemCode({ rule: problem.rule, params });
  const template = lookup(texts.problems, code);
  const text = template === undefined ? undefined : fill(template, shownParams(params, texts, lang, rulebook));
  return text ?? problem.message;
}

/** The params of a problem as the API sent them, keeping only ids, codes, counts and lists of ids. */
export function diagramProblemParams(raw: unknown): DiagramProblem['params'] {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const out: DiagramProblem['params'] = {};
  for (const [name, value] of Object.entries(raw as Record<string, unknown>)) {
    if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) out[name] = value;
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) out[name] = value;
  }
  return out;
}

/** An own entry of a text table, never `constructor` or `toString`. */
function lookup<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** The first of the templates whose placeholders the params all fill, filled; undefined if none. */
function fill(template: DiagramProblemTemplate, params: MessageParams): string | undefined {
  const templates: readonly string[] = typeof template === 'string' ? [template] : template;
  const usable = templates.find((t) => [...t.matchAll(/\{(\w+)\}/g)].every((m) => m[1]! in params));
  return usable === undefined ? undefined : interpolate(usable, params);
}

/** The params as the text shows them: lists joined, codes in words; a code without words is left out, so its text is not used. */
function shownParams(params: DiagramProblem['params'], texts: DiagramProblemTexts, lang: Lang, rulebook?: Rulebook): MessageParams {
  const out: MessageParams = {};
  for (const [name, value] of Object.entries(params)) out[name] = Array.isArray(value) ? value.join(', ') : value;
  delete out.hint;
  delete out.reason;
  const { type, trigger, hint, reason, limit } = params;
  if (typeof type === 'string') {
    const typeWords = lookup(texts.types, type) ?? type.replace(/^bpmn:/, '');
    const triggerWords = typeof trigger !== 'string' || trigger === 'none' ? undefined
      : lookup(texts.triggers, trigger) ?? interpolate(texts.triggers.other, { trigger: trigger.replace(/^bpmn:/, '') });
    out.kind = triggerWords === undefined ? interpolate(texts.kind.plain, { type: typeWords }) : interpolate(texts.kind.triggered, { type: typeWords, trigger: triggerWords });
  }
  const advice = typeof hint === 'string' ? lookup(texts.hints, hint) : undefined;
  if (advice !== undefined) out.hint = advice;
  const why = typeof reason === 'string' ? lookup(texts.feel, reason) : undefined;
  const because = why === undefined ? undefined : fill(why, out);
  if (because !== undefined) out.reason = because;
  if (typeof limit === 'string') {
    const title = limitTitle(limit, lang, rulebook);
    out.limit = title === limit ? limit : `${quoted(title, lang)} (${limit})`;
  }
  return out;
}
