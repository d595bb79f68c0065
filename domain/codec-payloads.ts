import type { Payload, PayloadCodec } from '@temporalio/common';
import type { DomainDeps, SessionUser } from './deps';
import { ForbiddenError, InputError } from './errors';
import { logAccess } from './access-log';
import { capabilitiesOf } from '../org/roles';

/** A payload as the Temporal Web UI's codec protocol sends it: metadata values and data in base64. */
interface JsonPayload {
  metadata?: Record<string, string>;
  data?: string;
}

const toPayload = (p: JsonPayload): Payload => ({
  metadata: Object.fromEntries(Object.entries(p.metadata ?? {}).map(([k, v]) => [k, Buffer.from(v, 'base64')])),
  data: Buffer.from(p.data ?? '', 'base64'),
});
const toJson = (p: Payload): JsonPayload => ({
  metadata: Object.fromEntries(Object.entries(p.metadata ?? {}).map(([k, v]) => [k, Buffer.from(v ?? new Uint8Array()).toString('base64')])),
  data: Buffer.from(p.data ?? new Uint8Array()).toString('base64'),
});

function payloadsOf(body: unknown): JsonPayload[] {
  const payloads = (body as { payloads?: unknown } | null)?.payloads;
  const ok = Array.isArray(payloads) && payloads.length <= 1000 && payloads.every((p) => p && typeof p === 'object'
    && (p.data === undefined || typeof p.data === 'string')
    && (p.metadata === undefined || (typeof p.metadata === 'object' && Object.values(p.metadata).every((v) => typeof v === 'string'))));
  if (!ok) throw new InputError('The body must be {"payloads": [{"metadata": {...}, "data": "<base64>"}]}', [{ path: '/payloads', message: 'must be a list of payloads', code: 'type', params: { type: 'array' } }], 400);
  return payloads as JsonPayload[];
}

/**
 * The codec endpoint of the Temporal Web UI: decodes the payloads of a history for a user allowed
 * to see case contents (their reads are logged), encodes for the UI's "send signal" forms.
 */
export async function codecPayloads(deps: DomainDeps, codec: PayloadCodec, user: SessionUser, direction: 'decode' | 'encode', body: unknown): Promise<{ payloads: JsonPayload[] }> {
  if (!capabilitiesOf(user.role).cases) throw new ForbiddenError('Case contents in the Temporal Web UI are for those who work on cases', 'codec-not-allowed');
  const payloads = payloadsOf(body).map(toPayload);
  let out: Payload[];
  try {
    out = direction === 'decode' ? await codec.decode(payloads) : await codec.encode(payloads);
  } catch {
    throw new InputError('The payloads cannot be decoded with the keys of this system', [{ path: '/payloads', message: 'cannot be decoded', code: 'codec-failed' }], 422, 'codec-failed');
  }
  if (direction === 'decode') await logAccess(deps.db, user, null, 'codec-decode');
  return { payloads: out.map(toJson) };
}
