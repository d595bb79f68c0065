import { useI18n } from '../i18n/use-i18n';
import { UnitLabel } from '../org/unit-label';
import { useMe } from '../session/use-me';

/** `/welcome`: the home page of a role with no page of its own here (analysts, auditors): who is signed in, and that the menu holds what they may do. */
export function WelcomePage() {
  const { t, tMaybe } = useI18n();
  const me = useMe();
  if (!me) return null;
  return (
    <section data-testid="welcome">
      <h1>{t('welcome.title', { name: me.fullName })}</h1>
      <p>
        {tMaybe(`role.${me.role}`) ?? me.role} · <UnitLabel unitId={me.unitId} fallback={me.unitName} />
      </p>
      <p className="alert alert-info">{t('welcome.nothingHere')}</p>
    </section>
  );
}
