import type { ErrorObject, ValidateFunction } from 'ajv';
import { ajv } from './ajv';
import reportRegistration from './schemas/report-registration.schema.json';
import measureDecision from './schemas/measure-decision.schema.json';
import release from './schemas/release.schema.json';

/** Record types a user can record, each with its JSON Schema. */
export const recordTypes = ['report-registration', 'measure-decision', 'release'] as const;
export type RecordType = (typeof recordTypes)[number];

/** One problem with submitted data, located by a JSON pointer into it. */
export interface FieldError {
  path: string;
  /** English text, for API clients and logs. */
  message: string;
  /** Stable code the UI translates: an ajv keyword (required, enum, format, ...) or a rule name. */
  code: string;
  /** The code's parameters (allowed values, limits), when it has any. */
  params?: Record<string, unknown>;
}

interface CompiledSchema {
  schema: Record<string, unknown>;
  version: number;
  validate: ValidateFunction;
}

const schemas: Record<RecordType, Record<string, unknown>> = {
  'report-registration': reportRegistration,
  'measure-decision': measureDecision,
  release,
};

// Compiled once at load; the schema version is the last segment of its $id.
const compiled = Object.fromEntries(
  recordTypes.map((type) => {
    const schema = schemas[type];
    const version = Number(String(schema.$id).split('/').pop());
    return [type, { schema, version, validate: ajv.compile(schema) }];
  }),
) as Record<RecordType, CompiledSchema>;

export function isRecordType(value: string): value is RecordType {
  return (recordTypes as readonly string[]).includes(value);
}

/** The JSON Schema of a record type, as served to the UI. */
export function recordSchema(type: RecordType): Record<string, unknown> {
  return compiled[type].schema;
}

export function recordSchemaVersion(type: RecordType): number {
  return compiled[type].version;
}

/** Validates record data; returns the problems (empty when valid). */
export function validateRecord(type: RecordType, data: unknown): FieldError[] {
  const { validate } = compiled[type];
  if (validate(data)) return [];
  return toFieldErrors(validate.errors ?? []);
}

/** Turns Ajv errors into pointer-located messages a case officer can act on. */
export function toFieldErrors(errors: ErrorObject[]): FieldError[] {
  const out: FieldError[] = [];
  for (const e of errors) {
    // if/then failures repeat what the inner `required` error already says.
    if (e.keyword === 'if') continue;
    if (e.keyword === 'required') {
      out.push({ path: `${e.instancePath}/${(e.params as { missingProperty: string }).missingProperty}`, message: 'is required', code: 'required' });
    } else if (e.keyword === 'additionalProperties') {
      out.push({ path: `${e.instancePath}/${(e.params as { additionalProperty: string }).additionalProperty}`, message: 'is not a field of this record', code: 'additionalProperties' });
    } else if (e.keyword === 'enum') {
      const allowedValues = (e.params as { allowedValues: unknown[] }).allowedValues;
      out.push({ path: e.instancePath, message: `must be one of: ${allowedValues.join(', ')}`, code: 'enum', params: { allowedValues } });
    } else {
      out.push({ path: e.instancePath, message: e.message ?? 'is invalid', code: e.keyword, params: e.params as Record<string, unknown> });
    }
  }
  return out;
}
