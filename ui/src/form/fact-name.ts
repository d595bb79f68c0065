import { interpolate } from '../i18n/interpolate';
import type { Lang } from '../i18n/lang';
import { lookupMessage } from '../i18n/lookup-message';
import { quoted } from '../i18n/quoted';
import type { JsonSchema } from '../schema/json-schema';
import { recordTypeTitleText } from '../schema/record-type-title-text';
import { resolveSchema } from '../schema/resolve-schema';
import { schemaAtPointer } from '../schema/schema-at-pointer';
import { schemaTitle } from '../schema/schema-title';
import type { RefusalContext } from './refusal-context';

/**
 * A fact a refusal refers to (`params.fact`, or a precondition's `params.requires`), named in the
 * UI language: `person.detainedAt`, `case.receivedAt` via `fact.<ref>`; `last:measure-motion.filedAt`
 * as that field of the latest such record; any other name as the title of the field of that name
 * beside the refused one (`sentAt` next to `/receivedAt`).
 */
export function factName(fact: string, errorPath: string, lang: Lang, ctx: RefusalContext): string {
  const known = lookupMessage(lang, `fact.${fact}`);
  if (known) return known;
  if (fact.startsWith('last:')) {
    const [recordType = '', field = ''] = fact.slice(5).split('.', 2);
    const schema = ctx.schemas?.get(recordType);
    return interpolate(lookupMessage(lang, 'fact.lastRecord') ?? '{field} ({record})', {
      field: quoted(fieldTitle(schema, schema, field, lang), lang),
      record: quoted(recordTypeTitleText(recordType, lang, schema), lang),
    });
  }
  if (/^(person|case|task)\./.test(fact) || !ctx.schema) return fact;
  const parent = schemaAtPointer(ctx.schema, errorPath.slice(0, Math.max(0, errorPath.lastIndexOf('/'))));
  return quoted(fieldTitle(parent, ctx.schema, fact, lang), lang);
}

/** The title of a property of an object schema (`$ref`s resolved against `root`), else its name. */
function fieldTitle(object: JsonSchema | undefined, root: JsonSchema | undefined, field: string, lang: Lang): string {
  const sub = object?.properties?.[field];
  return schemaTitle(sub && root ? resolveSchema(sub, root) : undefined, lang, field);
}
