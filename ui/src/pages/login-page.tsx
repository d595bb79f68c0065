import { useState, type FormEvent } from 'react';
import { ApiError } from '../api/api-error';
import type { Problem } from '../api/problem';
import { ProblemBox } from '../components/problem-box';
import { useI18n } from '../i18n/use-i18n';
import { navigate } from '../router/navigate';
import { useLocation } from '../router/use-location';
import { useSession } from '../session/use-session';

/** Only same-site paths are followed after login, never another origin. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : '/';
}

/** `/login`: username and password; the server's `detail` on 401/429; then the user's home page (or `?next=`). */
export function LoginPage() {
  const { t } = useI18n();
  const { login } = useSession();
  const { searchParams } = useLocation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      await login(username, password);
      navigate(safeNext(searchParams.get('next')), { replace: true });
    } catch (err) {
      setProblem(err instanceof ApiError ? err.problem : { title: t('login.failed'), status: 0 });
      setBusy(false);
    }
  }

  return (
    <div className="login-page">
      <form className="login-card" onSubmit={handleSubmit} data-testid="login-form">
        <h1>{t('login.title')}</h1>
        {problem && <ProblemBox problem={problem} />}
        <div className="field">
          <label htmlFor="login-username">{t('login.username')}</label>
          <input
            id="login-username"
            name="username"
            autoComplete="username"
            autoFocus
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="login-password">{t('login.password')}</label>
          <input
            id="login-password"
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={busy}>
            {t('login.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}
