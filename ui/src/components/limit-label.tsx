import { useI18n } from '../i18n/use-i18n';

/** A rulebook limit by its localized name (`limit.<id>`) with the id itself in small code type. */
export function LimitLabel({ limitId }: { limitId: string }) {
  const { tMaybe } = useI18n();
  const name = tMaybe(`limit.${limitId}`);
  return (
    <span className="limit-label">
      {name && <span>{name} </span>}
      <code>{limitId}</code>
    </span>
  );
}
