import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { ajv } from './ajv';

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

const SCHEMA_DIR = join(__dirname, 'schemas');
const SUFFIX = '.schema.json';

/**
 * Every record schema in law/schemas, compiled once at load. The schemas are data that legal staff
 * change without a code change; `$id` must end in `/<type>/<version>`.
 */
const compiled: ReadonlyMap<RecordType, CompiledSchema> = new Map(
  readdirSync(SCHEMA_DIR).filter((f) => f.endsWith(SUFFIX)).sort().map((file) => {
    const type = file.slice(0, -SUFFIX.length);
    const schema = JSON.parse(readFileSync(join(SCHEMA_DIR, file), 'utf8')) as Record<string, unknown>;
    const [idType, idVersion] = String(schema.$id).split('/').slice(-2);
    const version = Number(idVersion);
    if (idType !== type || !Number.isInteger(version) || version < 1) {
      throw new Error(`${file}: $id must end in /${type}/<version>, got ${String(schema.$id)}`);
    }
    return [type, { schema, version, validate: ajv.compile(schema) }];
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
