import { useI18n } from '../i18n/use-i18n';
import { isLang, LANGS } from '../i18n/lang';

/** The language picker (ru, ky, en); the choice is kept in localStorage. */
export function LanguageSelect() {
  const { lang, setLang, t } = useI18n();
  return (
    <label className="language-select">
      <span className="visually-hidden">{t('header.language')}</span>
      <select
        value={lang}
        onChange={(e) => isLang(e.target.value) && setLang(e.target.value)}
        data-testid="language-select"
      >
        {LANGS.map((code) => (
          <option key={code} value={code} lang={code}>
            {t(`lang.${code}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
