import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

/** Search attributes kept current on every case, so a stock Temporal client can list cases. */
export const registerNumberKey = defineSearchAttributeKey('IcjRegisterNumber', SearchAttributeType.KEYWORD);
export const stageKey = defineSearchAttributeKey('IcjStage', SearchAttributeType.KEYWORD);
export const unitKey = defineSearchAttributeKey('IcjUnit', SearchAttributeType.KEYWORD);
export const nextDeadlineKey = defineSearchAttributeKey('IcjNextDeadline', SearchAttributeType.DATETIME);

/** `name=Type` pairs, as the dev server's `--search-attribute` flag and operator APIs take them. */
export const searchAttributeDeclarations: Array<{ name: string; type: 'Keyword' | 'Datetime' }> = [
  { name: registerNumberKey.name, type: 'Keyword' },
  { name: stageKey.name, type: 'Keyword' },
  { name: unitKey.name, type: 'Keyword' },
  { name: nextDeadlineKey.name, type: 'Datetime' },
];
