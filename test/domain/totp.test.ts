import assert from 'node:assert/strict';
import { matchTotp, newTotpSecret, totpCode, totpStep, totpUri } from '../../domain/totp';

// RFC 6238 Appendix B: the SHA-1 seed is the ASCII "12345678901234567890"; codes of 8 digits, of
// which a 6-digit code is the last six (the same HOTP value, mod 10^6).
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const RFC_VECTORS: Array<[unixSeconds: number, code8: string]> = [
  [59, '94287082'], [1111111109, '07081804'], [1111111111, '14050471'], [1234567890, '89005924'], [2000000000, '69279037'], [20000000000, '65353130'],
];
const at = (seconds: number) => new Date(seconds * 1000);

describe('domain - totp (RFC 6238)', () => {
  it('gives the RFC 6238 SHA-1 test vectors (their last six digits) at each of their instants', () => {
    for (const [seconds, code8] of RFC_VECTORS) assert.equal(totpCode(RFC_SECRET, at(seconds)), code8.slice(2), `T = ${seconds}`);
  });

  it('accepts the code of the current step and of one step either side, and says which step it was', () => {
    const now = at(1111111111);
    const step = totpStep(now);
    for (const delta of [-1, 0, 1]) {
      const code = totpCode(RFC_SECRET, at((step + delta) * 30));
      assert.deepEqual(matchTotp(RFC_SECRET, code, now, null), { ok: true, step: step + delta }, `step ${delta}`);
    }
  });

  it('refuses a code two steps away, a code of another secret, and anything that is not six digits', () => {
    const now = at(1111111111);
    const step = totpStep(now);
    for (const delta of [-2, 2]) assert.deepEqual(matchTotp(RFC_SECRET, totpCode(RFC_SECRET, at((step + delta) * 30)), now, null), { ok: false, reason: 'wrong' });
    assert.deepEqual(matchTotp(newTotpSecret(), '050471', now, null).ok, false);
    for (const code of ['', '05047', '0504711', 'abcdef', ' 050471']) assert.deepEqual(matchTotp(RFC_SECRET, code, now, null), { ok: false, reason: 'wrong' }, code);
  });

  it('refuses the same code a second time, and any code of a step no later than the last one accepted (RFC 6238 §5.2)', () => {
    const now = at(1111111111);
    const code = totpCode(RFC_SECRET, now);
    const first = matchTotp(RFC_SECRET, code, now, null);
    assert.equal(first.ok, true);
    const last = (first as { step: number }).step;
    assert.deepEqual(matchTotp(RFC_SECRET, code, now, last), { ok: false, reason: 'replayed' });
    assert.deepEqual(matchTotp(RFC_SECRET, totpCode(RFC_SECRET, at((last - 1) * 30)), now, last), { ok: false, reason: 'replayed' }, 'the step before');
    assert.deepEqual(matchTotp(RFC_SECRET, totpCode(RFC_SECRET, at((last + 1) * 30)), now, last), { ok: true, step: last + 1 }, 'the next step');
  });

  it('makes 160-bit secrets and the otpauth URI an authenticator app reads', () => {
    const secret = newTotpSecret();
    assert.match(secret, /^[A-Z2-7]{32}$/);
    assert.notEqual(secret, newTotpSecret());
    const uri = new URL(totpUri(secret, 'prosecutor-synthetic'));
    assert.equal(uri.protocol, 'otpauth:');
    assert.equal(`${uri.host}${decodeURIComponent(uri.pathname)}`, 'totp/ICJIMS:prosecutor-synthetic');
    assert.deepEqual(Object.fromEntries(uri.searchParams), { issuer: 'ICJIMS', secret, algorithm: 'SHA1', digits: '6', period: '30' });
  });
});
