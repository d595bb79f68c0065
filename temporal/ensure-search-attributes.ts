import type { Connection } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { status } from '@grpc/grpc-js';
import { searchAttributeDeclarations } from '../workflows/search-attributes';

const IndexedValueType = temporal.api.enums.v1.IndexedValueType;

/**
 * Registers the case search attributes on a Temporal server that does not have them yet (a new
 * cluster namespace, the time-skipping test server). The dev server gets them at start instead.
 */
export async function ensureSearchAttributes(connection: Connection, namespace: string): Promise<void> {
  let existing: Record<string, unknown> = {};
  try {
    existing = (await connection.operatorService.listSearchAttributes({ namespace })).customAttributes ?? {};
  } catch (e) {
    // The Java test server implements adding but not listing.
    if ((e as { code?: number }).code !== status.UNIMPLEMENTED) throw e;
  }
  const missing = searchAttributeDeclarations.filter((a) => !(a.name in existing));
  if (missing.length === 0) return;
  await connection.operatorService.addSearchAttributes({
    namespace,
    searchAttributes: Object.fromEntries(missing.map((a) => [
      a.name,
      a.type === 'Keyword' ? IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD : IndexedValueType.INDEXED_VALUE_TYPE_DATETIME,
    ])),
  });
}
