import { useState, type FormEvent, type InputHTMLAttributes } from 'react';
import { ApiError } from '../api/api-error';
import type { Problem } from '../api/problem';
import { ProblemBox } from '../components/problem-box';
import { useI18n } from '../i18n/use-i18n';
import { navigate } from '../router/navigate';
import { useLocation } from '../router/use-location';
import { TotpEnrolment, totpOfferOf, type TotpOffer } from '../session/totp-enrolment';
import { useSession } from '../session/use-session';

/** Only same-site paths are followed after login, never another origin. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : '/';
}

/** One labelled input of the login card, with an optional hint under it. */
function LoginField({ id, label, hint, ...input }: { id: string; label: string; hint?: string } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} aria-describedby={hint ? `${id}-hint` : undefined} {...input} />
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}

/** After the password: the code of an enrolled authenticator, or a new one to set up first. */
type SecondStep = { kind: 'code' } | { kind: 'enrol'; offer: TotpOffer };

/**
 * `/login`: username and password; for a role with a second factor, then the authenticator's code
 * (or, the first time, its QR code and key and a code to confirm it); the server's refusal on
 * 401/429; then the user's home page (or `?next=`).
 */
export function LoginPage() {
  const { t } = useI18n();
  const { login } = useSession();
  const { searchParams } = useLocation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [second, setSecond] = useState<SecondStep>();
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      await login(username, password, second ? code : undefined);
      navigate(safeNext(searchParams.get('next')), { replace: true });
    } catch (err) {
      const refused = err instanceof ApiError ? err.problem : { title: t('login.failed'), status: 0 };
      const offer = refused.code === 'totp-enrolment-required' ? totpOfferOf(refused.params) : undefined;
      if (offer) setSecond({ kind: 'enrol', offer });
      else if (refused.code === 'totp-required') setSecond({ kind: 'code' });
      // asking for what comes next is no error; a wrong code is
      if (!offer && refused.code !== 'totp-required') setProblem(refused);
      setCode('');
      setBusy(false);
    }
  }

  function back() {
    setSecond(undefined);
    setProblem(undefined);
    setCode('');
  }

  return (
    <div className="login-page">
      <form className={second?.kind === 'enrol' ? 'login-card login-card-wide' : 'login-card'} onSubmit={handleSubmit} data-testid="login-form">
        <h1>{second?.kind === 'enrol' ? t('login.enrolTitle') : t('login.title')}</h1>
        {problem && <ProblemBox problem={problem} />}
        {second ? (
          <>
            <p className="muted">{t('login.signingInAs', { username })}</p>
            {second.kind === 'enrol' ? <TotpEnrolment offer={second.offer} /> : <p>{t('login.codeIntro')}</p>}
            <LoginField
              id="login-code"
              label={t('login.code')}
              hint={t('login.codeHint')}
              name="totp"
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9 ]*"
              maxLength={7}
              autoFocus
              value={code}
              onChange={(e) => setCode(e.target.value)}
            />
          </>
        ) : (
          <>
            <LoginField id="login-username" label={t('login.username')} name="username" autoComplete="username" autoFocus value={username} onChange={(e) => setUsername(e.target.value)} />
            <LoginField
              id="login-password"
              label={t('login.password')}
              name="password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </>
        )}
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={busy}>
            {second?.kind === 'enrol' ? t('login.confirm') : t('login.submit')}
          </button>
          {second && (
            <button type="button" className="button-secondary" onClick={back}>
              {t('login.back')}
            </button>
          )}
        </div>
      </form>
    </div>
  );
}
