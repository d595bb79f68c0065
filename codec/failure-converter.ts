import { DefaultFailureConverter } from '@temporalio/common';

/**
 * Failure messages and stack traces moved into an encoded attribute, which the payload codec
 * encrypts: a refusal names the field and may quote the data. Loaded by path (`failureConverterPath`)
 * because failures are also converted inside the workflow sandbox.
 */
export const failureConverter = new DefaultFailureConverter({ encodeCommonAttributes: true });
