import { Secret, TOTP } from 'otpauth';

/** RFC 6238 as authenticator apps use it: HMAC-SHA-1, 6 digits, 30-second steps. */
export const TOTP_ALGORITHM = 'SHA1';
export const TOTP_DIGITS = 6;
export const TOTP_PERIOD_SECONDS = 30;
/** Steps accepted either side of the current one (RFC 6238 §5.2: clocks drift, people type slowly). */
export const TOTP_WINDOW = 1;
export const TOTP_ISSUER = 'ICJIMS';

const totpOf = (secretBase32: string, account = '') => new TOTP({
  issuer: TOTP_ISSUER, label: account, algorithm: TOTP_ALGORITHM, digits: TOTP_DIGITS, period: TOTP_PERIOD_SECONDS,
  secret: Secret.fromBase32(secretBase32),
});

/** A new shared secret: 160 random bits (RFC 4226 §4 recommends 160), in base32 as apps take it. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The `otpauth://totp/ICJIMS:<account>?secret=...` URI that an authenticator app reads from a QR code. */
export function totpUri(secretBase32: string, account: string): string {
  return totpOf(secretBase32, account).toString();
}

/** The time step of an instant: whole periods since the Unix epoch (RFC 6238 §4.2, T0 = 0). */
export function totpStep(at: Date): number {
  return Math.floor(at.getTime() / 1000 / TOTP_PERIOD_SECONDS);
}

/** The code of a secret at an instant. */
export function totpCode(secretBase32: string, at: Date): string {
  return totpOf(secretBase32).generate({ timestamp: at.getTime() });
}

export type TotpMatch = { ok: true; step: number } | { ok: false; reason: 'wrong' | 'replayed' };

/**
 * Checks a code against a secret at an instant: the current step or one either side. A code of a
 * step no later than the last one accepted for this user is a replay and refused (RFC 6238 §5.2:
 * the verifier must not accept the second attempt of the same OTP), even inside the window.
 */
export function matchTotp(secretBase32: string, code: string, at: Date, lastStep: number | null): TotpMatch {
  if (!new RegExp(`^\\d{${TOTP_DIGITS}}$`).test(code)) return { ok: false, reason: 'wrong' };
  const delta = totpOf(secretBase32).validate({ token: code, timestamp: at.getTime(), window: TOTP_WINDOW });
  if (delta === null) return { ok: false, reason: 'wrong' };
  const step = totpStep(at) + delta;
  if (lastStep !== null && step <= lastStep) return { ok: false, reason: 'replayed' };
  return { ok: true, step };
}
