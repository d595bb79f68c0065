import type { ErrorObject, ValidateFunction } from 'ajv';
import { ajv } from './ajv';
import { recordSchemaSources } from './record-schema-sources';

/** A record type: the name of a schema file `law/schemas/<type>.schema.json`. */
export type RecordType = string;

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

/**
 * Every record schema in law/schemas, compiled once at load. The schemas are data that legal staff
 * change without a code change; `$id` must end in `/<type>/<version>`. Each is compiled with
 * `storableText` at its root: no text PostgreSQL would refuse gets past validation.
 */
const compiled: ReadonlyMap<RecordType, CompiledSchema> = new Map(
  Object.keys(recordSchemaSources).sort().map((type) => {
    const schema = recordSchemaSources[type];
    const [idType, idVersion] = String(schema.$id).split('/').slice(-2);
    const version = Number(idVersion);
    if (idType !== type || !Number.isInteger(version) || version < 1) {
      throw new Error(`${type}.schema.json: $id must end in /${type}/<version>, got ${String(schema.$id)}`);
    }
    return [type, { schema, version, validate: ajv.compile({ ...schema, storableText: true }) }];
  }),
);

/** Record types a user can record, each with its JSON Schema. */
export const recordTypes: readonly RecordType[] = [...compiled.keys()];

export function isRecordType(value: string): value is RecordType {
  return compiled.has(value);
}

function compiledSchema(type: RecordType): CompiledSchema {
  const found = compiled.get(type);
  if (!found) throw new Error(`unknown record type ${type}`);
  return found;
}

/** The JSON Schema of a record type, as served to the UI. */
export function recordSchema(type: RecordType): Record<string, unknown> {
  return compiledSchema(type).schema;
}

export function recordSchemaVersion(type: RecordType): number {
  return compiledSchema(type).version;
}

/** Validates record data; returns the problems (empty when valid). */
export function validateRecord(type: RecordType, data: unknown): FieldError[] {
  const { validate } = compiledSchema(type);
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

const storable = ajv.compile({ storableText: true });

/** Text PostgreSQL would refuse (NUL, unpaired surrogates) in any value: for entry points without a record schema (login, diagrams). */
export function storableTextErrors(value: unknown): FieldError[] {
  return storable(value) ? [] : toFieldErrors(storable.errors ?? []);
}
