import type { Payload, PayloadCodec } from '@temporalio/common';
import { temporal } from '@temporalio/proto';

/**
 * A small secret (a user's TOTP key) as stored in PostgreSQL: a Temporal payload, encrypted by the
 * same AES-256-GCM codec and keys as the case histories (codec/payload-codec.ts), so the key id
 * travels with it and keys rotate the same way. A payload the codec did not encrypt opens as it
 * is: the demo seed stores its published demo secret so (db/seed-demo.ts), never a real one.
 */
export interface SecretSealer {
  seal(secret: string): Promise<Buffer>;
  open(sealed: Buffer): Promise<string>;
}

const PLAIN = new TextEncoder().encode('binary/plain');
const Proto = temporal.api.common.v1.Payload;

/** A secret as an unencrypted payload: for published demo secrets only. */
export function unsealedSecret(secret: string): Buffer {
  return Buffer.from(Proto.encode({ metadata: { encoding: PLAIN }, data: Buffer.from(secret, 'utf8') }).finish());
}

/** Seals and opens secrets with a payload codec. */
export function codecSealer(codec: PayloadCodec): SecretSealer {
  return {
    async seal(secret) {
      const [sealed] = await codec.encode([Proto.decode(unsealedSecret(secret)) as Payload]);
      return Buffer.from(Proto.encode(sealed).finish());
    },
    async open(sealed) {
      const [clear] = await codec.decode([Proto.decode(sealed) as Payload]);
      return Buffer.from(clear.data ?? new Uint8Array()).toString('utf8');
    },
  };
}
