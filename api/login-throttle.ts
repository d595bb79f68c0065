import { TooManyRequestsError } from '../domain/errors';

/**
 * Login rate limit: at most `maxFailures` failed attempts per (client address, username) and
 * 4x that per address within the window. In memory, per API process (note for deployments with
 * many API processes: the limit multiplies by their number).
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly maxFailures = 5, private readonly windowMs = 15 * 60_000, private readonly now = () => Date.now()) {}

  assertAllowed(ip: string, username: string): void {
    for (const [key, max] of [[`${ip}|${username}`, this.maxFailures], [ip, this.maxFailures * 4]] as const) {
      const recent = this.recent(key);
      if (recent.length >= max) {
        const retryAfter = Math.ceil((recent[0] + this.windowMs - this.now()) / 1000);
        throw new TooManyRequestsError('Too many failed sign-in attempts; try again later', Math.max(retryAfter, 1));
      }
    }
  }

  recordFailure(ip: string, username: string): void {
    for (const key of [`${ip}|${username}`, ip]) this.failures.set(key, [...this.recent(key), this.now()]);
  }

  recordSuccess(ip: string, username: string): void {
    this.failures.delete(`${ip}|${username}`);
  }

  private recent(key: string): number[] {
    const cutoff = this.now() - this.windowMs;
    const kept = (this.failures.get(key) ?? []).filter((t) => t > cutoff);
    if (kept.length === 0) this.failures.delete(key);
    else this.failures.set(key, kept);
    return kept;
  }
}
