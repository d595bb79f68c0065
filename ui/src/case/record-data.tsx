import type { ReactNode } from 'react';
import { Instant } from '../components/instant';
import { useI18n } from '../i18n/use-i18n';
import { childPointer } from '../schema/child-pointer';
import type { JsonSchema } from '../schema/json-schema';
import { resolveSchema } from '../schema/resolve-schema';
import { schemaTitle } from '../schema/schema-title';
import { formatDate } from '../time/format-date';
import { CorrectionHistory, type Correction } from './correction-history';
import { recordPersonLabel } from './record-person-label';

/** Props of {@link RecordData}: a value and, when known, its schema node and the schema's root. */
export interface RecordDataProps {
  value: unknown;
  schema?: JsonSchema;
  root?: JsonSchema;
  /** The case's persons: a value naming one is shown by name. */
  persons?: ReadonlyArray<{ id: string; label: string }>;
  /** The record's corrections: each corrected field is marked, its history beneath it. */
  corrections?: readonly Correction[];
  /** Where `value` sits in the record's data (JSON pointer; '' for the record itself). */
  pointer?: string;
}

/**
 * A record's data as the user would read it: objects as definition lists with localized labels,
 * arrays as numbered lists, enum values and instants localized, persons by name (never by id),
 * corrected fields marked with their history; recursive. Without a schema the raw keys and values
 * are shown.
 */
export function RecordData({ value, schema, root, persons = [], corrections = [], pointer = '' }: RecordDataProps) {
  const { t, lang, enumLabel } = useI18n();
  const s = schema && root ? resolveSchema(schema, root) : undefined;
  const child = (item: unknown, sub: JsonSchema | undefined, at: string) => (
    <RecordData value={item} schema={sub} root={root} persons={persons} corrections={corrections} pointer={at} />
  );
  /** The mark and history of a corrected field, after its value. */
  const history = (at: string, sub: JsonSchema | undefined): ReactNode => {
    const own = corrections.filter((c) => c.path === at);
    if (own.length === 0) return null;
    return (
      <>
        {' '}
        <span className="badge badge-corrected" data-testid="corrected-mark">
          {t('correction.mark')}
        </span>
        <CorrectionHistory corrections={own} schema={sub && root ? resolveSchema(sub, root) : undefined} persons={persons} />
      </>
    );
  };

  if (value === null || value === undefined) return <>—</>;
  if (Array.isArray(value)) {
    return (
      <ol className="record-list">
        {value.map((item, i) => {
          const at = childPointer(pointer, i);
          return (
            <li key={i} data-pointer={at}>
              {child(item, s?.items, at)}
              {history(at, s?.items)}
            </li>
          );
        })}
      </ol>
    );
  }
  if (typeof value === 'object') {
    const entries = value as Record<string, unknown>;
    const known = Object.keys(s?.properties ?? {}).filter((k) => k in entries);
    const rest = Object.keys(entries).filter((k) => !known.includes(k));
    return (
      <dl className="record-data">
        {[...known, ...rest].map((key) => {
          const sub = s?.properties?.[key];
          const resolved = sub && root ? resolveSchema(sub, root) : undefined;
          const person = recordPersonLabel(key, resolved, entries[key], persons, lang);
          const at = childPointer(pointer, key);
          const corrected = corrections.some((c) => c.path === at);
          return (
            <div key={key} data-key={key} data-pointer={at} data-corrected={corrected || undefined}>
              <dt>{schemaTitle(resolved, lang, key)}</dt>
              <dd className={corrected ? 'field-corrected' : undefined}>
                {person !== null ? <span className="person-name">{person}</span> : child(entries[key], sub, at)}
                {history(at, sub)}
              </dd>
            </div>
          );
        })}
      </dl>
    );
  }
  if (typeof value === 'boolean') return <>{value ? t('common.yes') : t('common.no')}</>;
  if (typeof value === 'string') {
    if (s?.enum) return <>{enumLabel(value)}</>;
    if (s?.format === 'date-time') return <Instant value={value} />;
    if (s?.format === 'date') return <>{formatDate(value)}</>;
  }
  return <>{String(value)}</>;
}
