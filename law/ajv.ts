import Ajv2020, { type ErrorObject } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { unstorableTexts } from './storable-text';

/** The one Ajv instance of the project (draft 2020-12, formats, every error reported). */
export const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
addFormats(ajv);
// Localised titles and labels travel with each schema for the UI; they never affect validation.
ajv.addKeyword({ keyword: 'x-i18n', schemaType: 'object' });
// Case-file annotations (casefile/schema-annotations.ts reads them) and the UI's widget choice
// (`x-icj-widget`, ui/src/form/schema-field.tsx); no effect on validation.
for (const keyword of ['x-icj-person', 'x-icj-from', 'x-icj-after', 'x-icj-future', 'x-icj-at', 'x-icj-requires', 'x-icj-clock', 'x-icj-widget']) {
  ajv.addKeyword({ keyword });
}
// Personal-data marks (privacy/personal-fields.ts): the category of what a field says about a person, or false; the items of an array that are the case's persons.
ajv.addKeyword({ keyword: 'x-personal' });
ajv.addKeyword({ keyword: 'x-icj-subjects', schemaType: 'string' });

/**
 * `storableText: true`: no string or key anywhere in the value holds a NUL or a lone surrogate,
 * which PostgreSQL refuses. Every record schema gets it at its root (law/record-schemas.ts), and
 * the other entry points (login, diagrams) validate through it too: one check, one place.
 */
const storableText = (schema: boolean, data: unknown): boolean => {
  if (!schema) return true;
  const found = unstorableTexts(data);
  if (found.length === 0) return true;
  storableText.errors = found.map((f): ErrorObject => ({
    keyword: 'storableText', instancePath: f.path, schemaPath: '#/storableText', params: { reason: f.reason },
    message: f.reason === 'nul' ? 'contains a NUL character, which cannot be stored' : 'contains an unpaired surrogate, which is no character',
  }));
  return false;
};
storableText.errors = [] as ErrorObject[];
ajv.addKeyword({ keyword: 'storableText', schemaType: 'boolean', validate: storableText, errors: true });
