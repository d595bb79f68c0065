import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/** The one Ajv instance of the project (draft 2020-12, formats, every error reported). */
export const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
addFormats(ajv);
// Localised titles and labels travel with each schema for the UI; they never affect validation.
ajv.addKeyword({ keyword: 'x-i18n', schemaType: 'object' });
