import type { DataConverter } from '@temporalio/common';
import type { CodecKey } from './codec-keys';
import { AesGcmPayloadCodec } from './payload-codec';

/** The failure converter's module, which the worker also bundles into the workflow sandbox. */
export const failureConverterPath = require.resolve('./failure-converter');

/**
 * The data converter of every Temporal client and worker of ICJIMS: payloads encrypted by the
 * codec, failure messages and stack traces encoded (codec/failure-converter.ts) so they are too.
 */
export function caseDataConverter(keys: readonly CodecKey[]): DataConverter {
  return { payloadCodecs: [new AesGcmPayloadCodec(keys)], failureConverterPath };
}
