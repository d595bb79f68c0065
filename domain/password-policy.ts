import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FieldError } from '../law/record-schemas';

export const MIN_PASSWORD = 12;
export const MAX_PASSWORD = 200;

let breached: Set<string> | null = null;

/** The breached-password list (domain/data/README.md), read once, on first use. */
function breachedPasswords(): Set<string> {
  breached ??= new Set(readFileSync(join(__dirname, 'data', 'breached-passwords.txt'), 'utf8').split('\n').filter(Boolean));
  return breached;
}

/** Whether a password is on the breached-password list, compared case-insensitively. */
export function isBreachedPassword(password: string): boolean {
  return breachedPasswords().has(password.toLowerCase());
}

/**
 * What is wrong with a new password (NIST SP 800-63B §5.1.1.2): shorter than 12 characters, longer
 * than 200, the username itself, or on the list of passwords found in breaches, where guessing
 * starts. The one rule of user creation, password reset and `icj create-user`.
 */
export function passwordErrors(password: unknown, username: string | null): FieldError[] {
  const error = (message: string, code: string, params: Record<string, unknown> = {}): FieldError[] => [{ path: '/password', message, code, params }];
  if (typeof password !== 'string' || password.length < MIN_PASSWORD) return error(`must have at least ${MIN_PASSWORD} characters`, 'minLength', { limit: MIN_PASSWORD });
  if (password.length > MAX_PASSWORD) return error(`must have at most ${MAX_PASSWORD} characters`, 'maxLength', { limit: MAX_PASSWORD });
  if (username !== null && password.toLowerCase() === username.toLowerCase()) return error('must not be the username', 'password-is-username');
  if (isBreachedPassword(password)) return error('is a password found in breaches of other services, which attackers try first; choose another', 'password-breached');
  return [];
}
