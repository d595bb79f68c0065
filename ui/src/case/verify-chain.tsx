import { useState } from 'react';
import { ApiError } from '../api/api-error';
import { apiFetch } from '../api/api-fetch';
import type { ChainVerification } from '../api/api-types';
import type { Problem } from '../api/problem';
import { ProblemBox } from '../components/problem-box';
import { useI18n } from '../i18n/use-i18n';

/** The "Verify chain" button: asks the server to recheck the case's hash chain and shows the verdict. */
export function VerifyChain({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const [result, setResult] = useState<ChainVerification>();
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);

  async function verify() {
    setBusy(true);
    setProblem(undefined);
    setResult(undefined);
    try {
      setResult(await apiFetch<ChainVerification>(`/api/cases/${encodeURIComponent(caseId)}/verify`));
    } catch (err) {
      setProblem(err instanceof ApiError ? err.problem : { title: String(err), status: 0 });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="verify-chain">
      <button type="button" className="button-secondary" onClick={() => void verify()} disabled={busy}>
        {t('case.verify')}
      </button>
      {result && (
        <p
          className={result.valid ? 'verify-result valid' : 'verify-result invalid'}
          data-testid="verify-result"
          data-valid={String(result.valid)}
          role="status"
        >
          {result.valid
            ? `✔ ${t('case.chainValid', { count: result.count })}`
            : `✘ ${result.brokenAtSeq !== null ? t('case.chainBroken', { seq: result.brokenAtSeq }) : t('case.chainBrokenUnknown')}`}
        </p>
      )}
      {problem && <ProblemBox problem={problem} />}
    </div>
  );
}
