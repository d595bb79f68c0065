import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * A personal value sealed with its subject's key (AES-256-GCM, a fresh 96-bit IV each time, the
 * key id as additional data so a sealed value cannot be moved to another person):
 * `pd1.<key id>.<base64url of iv | ciphertext | tag>`. The value is JSON, so any field seals.
 */
const PREFIX = 'pd1.';

export function newDataKey(): Buffer {
  return randomBytes(32);
}

export function isSealed(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(PREFIX);
}

/** The key a sealed value needs. */
export function sealedKeyId(sealed: string): string {
  return sealed.slice(PREFIX.length, sealed.indexOf('.', PREFIX.length));
}

export function seal(key: Buffer, keyId: string, value: unknown): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(keyId, 'utf8'));
  const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return `${PREFIX}${keyId}.${Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url')}`;
}

/** The value sealed; throws if it was altered or sealed with another key. */
export function open(key: Buffer, sealed: string): unknown {
  const keyId = sealedKeyId(sealed);
  const raw = Buffer.from(sealed.slice(PREFIX.length + keyId.length + 1), 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
  decipher.setAAD(Buffer.from(keyId, 'utf8'));
  decipher.setAuthTag(raw.subarray(raw.length - 16));
  const clear = Buffer.concat([decipher.update(raw.subarray(12, raw.length - 16)), decipher.final()]).toString('utf8');
  return JSON.parse(clear);
}
