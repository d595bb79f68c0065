import { useI18n } from '../i18n/use-i18n';

/** Why a diagram could not be drawn, and what bpmn-js warned about while reading it. */
export function ImportProblems({ error, warnings }: { error: string | undefined; warnings: string[] }) {
  const { t } = useI18n();
  return (
    <>
      {error && (
        <div className="alert alert-error" role="alert">
          {t('diagram.importFailed', { message: error })}
        </div>
      )}
      {warnings.length > 0 && (
        <div className="alert alert-info" data-testid="import-warnings">
          {t('diagram.importWarnings')}
          <ul className="compact-list">
            {warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
