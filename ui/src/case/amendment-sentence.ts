import { interpolate } from '../i18n/interpolate';
import type { Lang } from '../i18n/lang';
import { lookupMessage } from '../i18n/lookup-message';
import { quoted } from '../i18n/quoted';
import type { JsonSchema } from '../schema/json-schema';
import { schemaAtPointer } from '../schema/schema-at-pointer';
import { fieldLabel } from './field-label';
import { fieldValueText } from './field-value-text';

/**
 * An amendment record read as a sentence: `Corrects record #1: Suspects 1 · Moment of actual
 * detention — Testov A., 02.12.2026 00:17 → 01.12.2026 23:47. Reason: …`. The field is named and
 * its values shown by the corrected record's schema (`corrected`, once loaded): instants in Bishkek
 * time, enum values by label, free text in quotation marks; the person concerned by name.
 */
export function amendmentSentence(
  data: Record<string, unknown>,
  corrected: JsonSchema | undefined,
  lang: Lang,
  persons: ReadonlyArray<{ id: string; label: string }> = [],
): string {
  const path = typeof data.path === 'string' ? data.path : '';
  const field = schemaAtPointer(corrected ?? {}, path);
  const freeText = !!field && field.type === 'string' && !field.enum && !field.format && !field['x-icj-person'];
  const value = (v: unknown) => {
    const text = fieldValueText(v, corrected ? field : undefined, lang, persons);
    return freeText && typeof v === 'string' ? quoted(text, lang) : text;
  };
  let label = fieldLabel(corrected, path, lang);
  const person = typeof data.personId === 'string' ? persons.find((p) => p.id === data.personId) : undefined;
  if (person) label = interpolate(lookupMessage(lang, 'amendment.fieldOfPerson') ?? '{field} — {person}', { field: label, person: person.label });
  return interpolate(lookupMessage(lang, 'amendment.sentence') ?? '#{seq}: {field}, {old} → {new}. {reason}', {
    seq: typeof data.correctsSeq === 'number' ? data.correctsSeq : String(data.correctsSeq ?? '?'),
    field: label,
    old: value(data.oldValue),
    new: value(data.newValue),
    reason: typeof data.reason === 'string' ? data.reason : '',
  });
}
