/**
 * What a generated form holds while the user edits it: text exactly as typed (numbers and instants
 * too, so a rejected submission keeps the input), booleans for checkboxes, and objects and arrays
 * mirroring the schema. `toSubmission` turns it into the JSON the server validates.
 */
export type FormValue = string | boolean | FormValue[] | FormObject | undefined;

/** The form value of a schema `object`. */
export interface FormObject {
  [key: string]: FormValue;
}

/** True for a {@link FormObject} (not an array). */
export function isFormObject(value: FormValue): value is FormObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
