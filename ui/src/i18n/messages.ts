import type { MessageParams } from './interpolate';
import type { ru } from './ru';

/** A message key; the Russian dictionary defines the set. */
export type MessageKey = keyof typeof ru;

/** A complete dictionary for one language: every key, nothing else. */
export type Messages = Record<MessageKey, string>;

/** The `t` function: a known key, filled with its `{name}` parameters. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;
