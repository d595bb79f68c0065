import { useEffect, useState } from 'react';
import QRCode from 'qrcode';
import { useI18n } from '../i18n/use-i18n';

/** What the server offers a user who has no authenticator yet (401 `totp-enrolment-required`). */
export interface TotpOffer {
  secret: string;
  otpauthUri: string;
}

/** The offer of a problem's params, if it carries one. */
export function totpOfferOf(params: unknown): TotpOffer | undefined {
  const p = params as Partial<TotpOffer> | undefined;
  return typeof p?.secret === 'string' && typeof p.otpauthUri === 'string' ? { secret: p.secret, otpauthUri: p.otpauthUri } : undefined;
}

/** A base32 secret in groups of four, as people copy it into an app. */
export function groupedSecret(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? secret;
}

/** The new secret as a QR code of its otpauth URI (for the phone's camera) and as text (to type in). */
export function TotpEnrolment({ offer }: { offer: TotpOffer }) {
  const { t } = useI18n();
  const [qr, setQr] = useState<string>();
  useEffect(() => {
    let current = true;
    QRCode.toDataURL(offer.otpauthUri, { errorCorrectionLevel: 'M', margin: 2, width: 200 })
      .then((url) => current && setQr(url))
      .catch(() => current && setQr(undefined));
    return () => {
      current = false;
    };
  }, [offer.otpauthUri]);
  return (
    <div className="totp-enrolment">
      <p>{t('login.enrolIntro')}</p>
      {qr && <img className="totp-qr" src={qr} width={200} height={200} alt={t('login.qr')} data-testid="totp-qr" />}
      <div className="field">
        <span className="field-label">{t('login.secret')}</span>
        <code className="totp-secret" data-testid="totp-secret">
          {groupedSecret(offer.secret)}
        </code>
      </div>
    </div>
  );
}
