import type { Escalation } from '../api/api-types';
import { interpolate, type MessageParams } from '../i18n/interpolate';
import type { Lang } from '../i18n/lang';
import { lookupMessage } from '../i18n/lookup-message';
import { quoted } from '../i18n/quoted';
import { formatInstant } from '../time/format-instant';

/** What an escalation's sentence is built from (the server's own `message` is English, for logs and the tooltip). */
export type EscalationFacts = Pick<Escalation, 'severity' | 'limitId' | 'dueAt' | 'personLabel' | 'message'>;

/**
 * An escalation as a sentence in the UI language, from its structured fields: "Срок «Предельный
 * срок задержания» истекает 28.11.2026 23:30 — Testov A." (`escalation.<severity>.<variant>`, the
 * variant by what is known: limit and due instant, either, or neither), the limit by
 * `limitName` (its localised title), the instant in Bishkek time, never as the server's UTC ISO.
 * The server's message is the fallback only for a severity the UI does not know.
 */
export function escalationSentence(e: EscalationFacts, lang: Lang, limitName?: string): string {
  const params: MessageParams = {};
  if (e.limitId) params.limit = quoted(limitName ?? e.limitId, lang);
  if (e.dueAt) params.due = formatInstant(e.dueAt);
  const variant = params.limit !== undefined ? (params.due !== undefined ? 'limitDue' : 'limit') : params.due !== undefined ? 'due' : 'bare';
  const template = lookupMessage(lang, `escalation.${e.severity}.${variant}`);
  if (template === undefined) return e.message;
  const text = interpolate(template, params);
  if (!e.personLabel) return text;
  return interpolate(lookupMessage(lang, 'escalation.withPerson') ?? '{text} — {person}', { text, person: e.personLabel });
}
