import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { isBreachedPassword, passwordErrors } from '../../domain/password-policy';

const codes = (password: unknown, username: string | null = 'synthetic-user') => passwordErrors(password, username).map((e) => e.code);

describe('domain - password policy', () => {
  it('ships at least ten thousand breached passwords, one a line, lower-case', () => {
    const lines = readFileSync('domain/data/breached-passwords.txt', 'utf8').split('\n').filter(Boolean);
    assert.ok(lines.length >= 10_000, `${lines.length}`);
    assert.ok(lines.every((l) => l === l.toLowerCase() && l.trim() === l));
  });

  it('refuses a breached password of twelve characters or more, in any case', () => {
    for (const p of ['1qaz2wsx3edc', 'QWERTY123456', 'Administrator', 'qazwsxedcrfv']) assert.deepEqual(codes(p), ['password-breached'], p);
    assert.equal(isBreachedPassword('123456'), true);
  });

  it('refuses a password equal to the username, in any case', () => {
    assert.deepEqual(codes('Prosecutor-Synthetic', 'prosecutor-synthetic'), ['password-is-username']);
  });

  it('refuses fewer than 12 and more than 200 characters, and what is no string, with the limit', () => {
    assert.deepEqual(passwordErrors('eleven-char', null).map((e) => [e.code, e.params]), [['minLength', { limit: 12 }]]);
    assert.deepEqual(passwordErrors('x'.repeat(201), null).map((e) => [e.code, e.params]), [['maxLength', { limit: 200 }]]);
    assert.deepEqual(codes(undefined), ['minLength']);
  });

  it('accepts a long password that is on no list', () => {
    assert.deepEqual(codes('violet-tram-orbit-lantern'), []);
    assert.deepEqual(codes('x'.repeat(200)), []);
  });
});
