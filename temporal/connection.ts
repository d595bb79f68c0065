import { readFileSync } from 'node:fs';
import type { ConnectionOptions } from '@temporalio/client';

export interface TemporalTarget {
  address: string;
  tls: { certPath: string; keyPath: string; caPath: string | null; serverName: string | null } | null;
}

/** Connection options for a Temporal frontend, with mTLS when configured (client and worker alike). */
export function connectionOptions(target: TemporalTarget): ConnectionOptions & { apiKey?: undefined } {
  if (!target.tls) return { address: target.address };
  return {
    address: target.address,
    tls: {
      serverNameOverride: target.tls.serverName ?? undefined,
      serverRootCACertificate: target.tls.caPath ? readFileSync(target.tls.caPath) : undefined,
      clientCertPair: { crt: readFileSync(target.tls.certPath), key: readFileSync(target.tls.keyPath) },
    },
  };
}
