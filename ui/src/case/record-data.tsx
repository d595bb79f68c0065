import { Instant } from '../components/instant';
import { useI18n } from '../i18n/use-i18n';
import type { JsonSchema } from '../schema/json-schema';
import { resolveSchema } from '../schema/resolve-schema';
import { schemaTitle } from '../schema/schema-title';
import { formatDate } from '../time/format-date';
import { recordPersonLabel } from './record-person-label';

/** Props of {@link RecordData}: a value and, when known, its schema node and the schema's root. */
export interface RecordDataProps {
  value: unknown;
  schema?: JsonSchema;
  root?: JsonSchema;
  /** The case's persons: a value naming one is shown by name. */
  persons?: ReadonlyArray<{ id: string; label: string }>;
}

/**
 * A record's data as the user would read it: objects as definition lists with localized labels,
 * arrays as numbered lists, enum values and instants localized, persons by name (never by id);
 * recursive. Without a schema the raw keys and values are shown.
 */
export function RecordData({ value, schema, root, persons = [] }: RecordDataProps) {
  const { t, lang, enumLabel } = useI18n();
  const s = schema && root ? resolveSchema(schema, root) : undefined;

  if (value === null || value === undefined) return <>—</>;
  if (Array.isArray(value)) {
    return (
      <ol className="record-list">
        {value.map((item, i) => (
          <li key={i}>
            <RecordData value={item} schema={s?.items} root={root} persons={persons} />
          </li>
        ))}
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
          return (
            <div key={key} data-key={key}>
              <dt>{schemaTitle(resolved, lang, key)}</dt>
              <dd>
                {person !== null ? (
                  <span className="person-name">{person}</span>
                ) : (
                  <RecordData value={entries[key]} schema={sub} root={root} persons={persons} />
                )}
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
